// Unicode normalization as .NET does it in globalization-invariant mode,
// which is the mode Cilantro's corlib follows (no ICU data): every string
// counts as normalized in every form and Normalize returns it unchanged; an
// undefined NormalizationForm is an ArgumentException.
using System.Text;

namespace System
{
    public sealed partial class String
    {
        public bool IsNormalized() { return true; }
        public bool IsNormalized(NormalizationForm normalizationForm) { CheckForm(normalizationForm); return true; }
        public string Normalize() { return this; }
        public string Normalize(NormalizationForm normalizationForm) { CheckForm(normalizationForm); return this; }

        private static void CheckForm(NormalizationForm form)
        {
            if (form != NormalizationForm.FormC && form != NormalizationForm.FormD && form != NormalizationForm.FormKC && form != NormalizationForm.FormKD)
                throw new ArgumentException("Invalid or unsupported normalization form.", "normalizationForm");
        }
    }
}
