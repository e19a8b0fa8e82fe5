// Unicode normalization. In globalization-invariant mode (GlobalizationMode.cs)
// .NET leaves strings as they are and calls every string normalized; otherwise
// FormC and FormD are the canonical forms (System/Text/UnicodeNormalization.cs).
// The compatibility forms FormKC/FormKD apply the canonical mappings only.
// An undefined NormalizationForm is an ArgumentException.
using System.Globalization;
using System.Text;

namespace System
{
    public sealed partial class String
    {
        public bool IsNormalized() { return IsNormalized(NormalizationForm.FormC); }
        public bool IsNormalized(NormalizationForm normalizationForm)
        {
            CheckForm(normalizationForm);
            if (GlobalizationMode.Invariant) return true;
            return (object)UnicodeNormalization.Normalize(this, Composes(normalizationForm)) == (object)this;
        }
        public string Normalize() { return Normalize(NormalizationForm.FormC); }
        public string Normalize(NormalizationForm normalizationForm)
        {
            CheckForm(normalizationForm);
            if (GlobalizationMode.Invariant) return this;
            return UnicodeNormalization.Normalize(this, Composes(normalizationForm));
        }

        private static bool Composes(NormalizationForm form) { return form == NormalizationForm.FormC || form == NormalizationForm.FormKC; }

        private static void CheckForm(NormalizationForm form)
        {
            if (form != NormalizationForm.FormC && form != NormalizationForm.FormD && form != NormalizationForm.FormKC && form != NormalizationForm.FormKD)
                throw new ArgumentException("Invalid or unsupported normalization form.", "normalizationForm");
        }
    }
}
