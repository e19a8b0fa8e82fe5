// String.Normalize/IsNormalized behave as in .NET's globalization-invariant
// mode (tests/modern builds with InvariantGlobalization): strings unchanged.
using System.Text;

// Unicode normalization, as .NET's globalization-invariant mode does it (strings unchanged)
Console.WriteLine("\u00e9".Normalize(NormalizationForm.FormD).Length + " " + "e\u0301".Normalize().Length + " " + "\u00e9".IsNormalized(NormalizationForm.FormD)
    + " " + "\ufb01".Normalize(NormalizationForm.FormKC).Length + " " + "abc".Normalize(NormalizationForm.FormKD) + " " + "\ud800".IsNormalized());
try { "x".Normalize((NormalizationForm)3); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
