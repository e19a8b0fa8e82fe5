// Encoding family: fallbacks and their exceptions, stateful Encoder/Decoder,
// GetEncoding names and code pages, preambles, max counts, pointer overloads.
using System.Text;
void T(string w, Action a){ try{a();Console.WriteLine(w+": ok");}catch(Exception e){Console.WriteLine(w+": "+e.GetType().FullName+": "+e.Message);} }
var ex = Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
T("enc ex", ()=>ex.GetBytes("ab\u00e9c"));
T("enc ex pair", ()=>ex.GetBytes("ab\ud83d\ude00c"));
T("dec ex", ()=>ex.GetString(new byte[]{0x41,0xff,0x80}));
var u8 = new UTF8Encoding(false,true);
T("u8 dec ex", ()=>u8.GetString(new byte[]{0x41,0xc3,0x28,0xff}));
T("u8 enc lone", ()=>u8.GetBytes("a\ud800b"));
T("small buf", ()=>Encoding.UTF8.GetBytes("hello",0,5,new byte[2],0));
T("small cbuf", ()=>Encoding.UTF8.GetChars(new byte[]{65,66,67},0,3,new char[2],0));
T("readonly", ()=>Encoding.UTF8.EncoderFallback = EncoderFallback.ExceptionFallback);
T("repl bad", ()=>new EncoderReplacementFallback("\ud800"));
Console.WriteLine(string.Join(",", Encoding.UTF8.GetBytes("a\ud800b")));
Console.WriteLine(string.Join(",", Encoding.UTF8.GetString(new byte[]{0x41,0xe2,0x82,0x41,0xf0,0x9f,0x98,0xf4,0x90,0x80,0x80,0xc0,0xaf,0xed,0xa0,0x80}).Select(c=>((int)c).ToString("X"))));
Console.WriteLine(Encoding.GetEncodings().Length + " " + string.Join(";", Encoding.GetEncodings().Select(e=>e.CodePage+"|"+e.Name+"|"+e.DisplayName)));
foreach (var e in new Encoding[]{Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.ASCII, Encoding.Latin1, new UTF32Encoding(true,true)})
  Console.WriteLine($"{e.CodePage} {e.WebName} {e.EncodingName} {e.BodyName} {e.HeaderName} {e.WindowsCodePage} {e.IsBrowserDisplay} {e.IsBrowserSave} {e.IsMailNewsDisplay} {e.IsMailNewsSave} {e.IsSingleByte} {e.IsReadOnly} {e.GetMaxByteCount(10)} {e.GetMaxCharCount(10)} {e.DecoderFallback.GetType().Name} {(e == Encoding.Latin1 ? "-" : ((e.EncoderFallback as EncoderReplacementFallback)?.DefaultString ?? "-"))} {((e.DecoderFallback as DecoderReplacementFallback)?.DefaultString ?? "-").Length} {e.IsAlwaysNormalized()} {e.GetPreamble().Length}");
T("cp 1252", ()=>Encoding.GetEncoding(1252));
T("name bad", ()=>Encoding.GetEncoding("foo"));
T("cp 65000", ()=>Console.WriteLine(Encoding.GetEncoding(65000).WebName));
T("cp 12001", ()=>Console.WriteLine(Encoding.GetEncoding(12001).WebName));
T("cp -1", ()=>Encoding.GetEncoding(-1));
T("cp 70000", ()=>Encoding.GetEncoding(70000));
foreach(var n in new[]{"utf-8","UTF8","unicode","utf-16","UTF-16BE","utf-32","utf-32be","ascii","us-ascii","latin1","iso-8859-1","utf-7","ucs-2","unicodeFFFE","ANSI_X3.4-1968","cp367","csASCII","iso_8859-1","l1","x-unicode20utf8","unicode-1-1-utf-8","unicode-2-0-utf-8", "utf-16le", "iso-ir-100", "ibm819","cp819","csisolatin1","iso8859-1"})
  T(n, ()=>Console.WriteLine(Encoding.GetEncoding(n).CodePage));
var d = Encoding.UTF8.GetDecoder();
var chars = new char[10];
int n1 = d.GetChars(new byte[]{0xe2,0x82},0,2,chars,0); int n2 = d.GetChars(new byte[]{0xac,0x41},0,2,chars,n1);
Console.WriteLine($"{n1} {n2} {(int)chars[0]:X}");
Console.WriteLine(d.GetCharCount(new byte[]{0xe2},0,1) + " " + d.GetCharCount(new byte[]{0xe2},0,1,true));
var en = Encoding.UTF8.GetEncoder();
var bytes = new byte[10];
int b1 = en.GetBytes(new[]{'\ud83d'},0,1,bytes,0,false); int b2 = en.GetBytes(new[]{'\ude00'},0,1,bytes,b1,true);
Console.WriteLine($"{b1} {b2}");
b1 = en.GetBytes(new[]{'\ud83d'},0,1,bytes,0,true);
Console.WriteLine($"{b1} {bytes[0]:X}");
en.Convert(new[]{'a','b','c','d'},0,4,bytes,0,2,true,out int cu,out int bu,out bool comp);
Console.WriteLine($"{cu} {bu} {comp}");
d.Convert(new byte[]{0x41,0x42,0xe2,0x82,0xac},0,5,chars,0,3,false,out int bu2,out int cu2,out bool comp2);
Console.WriteLine($"{bu2} {cu2} {comp2}");
T("conv small", ()=>en.Convert(new[]{'\ud83d','\ude00'},0,2,bytes,0,2,true,out cu,out bu,out comp));
var ue = Encoding.Unicode.GetDecoder();
Console.WriteLine(ue.GetChars(new byte[]{0x41},0,1,chars,0) + " " + ue.GetChars(new byte[]{0x00,0x42},0,2,chars,0)+" "+chars[0]);
Console.WriteLine(string.Join(",", Encoding.UTF32.GetString(new byte[]{0,0,0x11,0, 0x41,0,0,0, 0x00,0xd8,0,0, 1,2}).Select(c=>((int)c).ToString("X"))));
Console.WriteLine(string.Join(",", Encoding.Unicode.GetString(new byte[]{0x00,0xd8,0x41,0, 0x00,0xdc, 0x41}).Select(c=>((int)c).ToString("X"))));
var rf = new DecoderReplacementFallback("<?>");
var ae = Encoding.GetEncoding("ascii", new EncoderReplacementFallback("[X]"), rf);
Console.WriteLine(ae.GetString(new byte[]{0x41,0x80,0x81,0x42}) + " " + Encoding.ASCII.GetString(ae.GetBytes("a\u00e9\ud83d\ude00b")) + " " + ae.GetMaxByteCount(2) + " " + ae.GetMaxCharCount(2));
Console.WriteLine(Encoding.Latin1.GetString(Encoding.Latin1.GetBytes("a\u00e9\u00ff")));
try { ex.GetBytes("ab\ud83d\ude00c"); } catch (EncoderFallbackException e) { Console.WriteLine($"{e.Index} {(int)e.CharUnknown:X} {(int)e.CharUnknownHigh:X} {(int)e.CharUnknownLow:X} {e.IsUnknownSurrogate()}"); }
try { ex.GetString(new byte[]{1,2,0xff,0xfe}); } catch (DecoderFallbackException e) { Console.WriteLine($"{e.Index} {string.Join(",", e.BytesUnknown)}"); }
try { u8.GetString(new byte[]{1,2,0xe2,0x82,0x41}); } catch (DecoderFallbackException e) { Console.WriteLine($"{e.Index} {string.Join(",", e.BytesUnknown)} {e.Message}"); }
Console.WriteLine(Encoding.Convert(Encoding.UTF8, Encoding.Unicode, new byte[]{0x41,0xc3,0xa9,0x42}, 1, 2).Length);
var c = (Encoding)Encoding.UTF8.Clone(); Console.WriteLine(c.IsReadOnly + " " + c.Equals(Encoding.UTF8)); c.DecoderFallback = DecoderFallback.ExceptionFallback; Console.WriteLine(c.Equals(Encoding.UTF8)+" "+ (c.GetHashCode()==Encoding.UTF8.GetHashCode()));
Console.WriteLine(new UTF8Encoding(true).Equals(new UTF8Encoding(false)) + " " + new UnicodeEncoding(false,true).Equals(Encoding.Unicode) + " " +new UnicodeEncoding(false,false).Equals(Encoding.Unicode));
Console.WriteLine(EncoderFallback.ReplacementFallback.MaxCharCount + " " + DecoderFallback.ExceptionFallback.MaxCharCount+ " "+ EncoderFallback.ExceptionFallback.Equals(new EncoderExceptionFallback()) + " " + new EncoderReplacementFallback("ab").Equals(new EncoderReplacementFallback("ab"))+" "+new DecoderReplacementFallback().DefaultString);
var fb = new EncoderReplacementFallback("xy").CreateFallbackBuffer();
Console.WriteLine(fb.Fallback('\u00e9', 3) + " " + fb.Remaining + " " + fb.GetNextChar() + fb.MovePrevious() + fb.Remaining + fb.GetNextChar() + fb.GetNextChar() + (int)fb.GetNextChar() + fb.Remaining);
T("fb twice", ()=>{ var b = new EncoderReplacementFallback("xy").CreateFallbackBuffer(); b.Fallback('a',0); b.Fallback('b',1);});
Console.WriteLine(Encoding.UTF8.GetMaxByteCount(0) + " " + Encoding.UTF8.GetMaxCharCount(0)+ " " + Encoding.Unicode.GetMaxCharCount(3)+ " " + Encoding.UTF32.GetMaxCharCount(3) + " " + Encoding.ASCII.GetMaxCharCount(3));
T("maxbyte neg", ()=>Encoding.UTF8.GetMaxByteCount(-1));
T("u16 throw", ()=>new UnicodeEncoding(false,false,true).GetString(new byte[]{0x41,0,0x00,0xdc,0x41,0}));
T("u32 throw", ()=>new UTF32Encoding(false,false,true).GetString(new byte[]{0x00,0x00,0x11,0}));
Console.WriteLine(UnicodeEncoding.CharSize);
unsafe { fixed(char* p = "héllo") { byte* buf = stackalloc byte[20]; int k = Encoding.UTF8.GetBytes(p,5,buf,20); Console.WriteLine(k + " " + Encoding.UTF8.GetString(buf,k) + " " + Encoding.UTF8.GetByteCount(p,5)+" "+Encoding.UTF8.GetCharCount(buf,k)); char* cb = stackalloc char[10]; Console.WriteLine(Encoding.UTF8.GetChars(buf,k,cb,10)); } }

// custom encoding and provider
Encoding.RegisterProvider(new RotProvider());
var rot = Encoding.GetEncoding("x-rot");
Console.WriteLine(rot.GetString(rot.GetBytes("Hello")) + " " + string.Join(",", rot.GetBytes("ab")) + " " + Encoding.GetEncoding(54321).WebName + " " + Encoding.GetEncodings().Length);
var rd = rot.GetDecoder(); var rc = new char[4];
Console.WriteLine(rd.GetChars(new byte[]{0x62,0x63},0,2,rc,0) + " " + new string(rc,0,2));
rd.Convert(new byte[]{0x62,0x63,0x64,0x65},0,4,rc,0,3,true,out int rbu,out int rcu,out bool rcomp);
Console.WriteLine($"{rbu} {rcu} {rcomp}");
var big = new StringBuilder(); for (int i = 0; i < 300; i++) big.Append((char)(i * 37 % 0x3000 + 32)); big.Append("\ud83d\ude00");
foreach (var e in new Encoding[]{Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, new UTF32Encoding(true,false)}) {
  var all = e.GetBytes(big.ToString());
  var dec = e.GetDecoder(); var sb = new StringBuilder(); var buf = new char[8];
  for (int i = 0; i < all.Length; i += 5) { int n = dec.GetChars(all, i, Math.Min(5, all.Length - i), buf, 0, i + 5 >= all.Length); sb.Append(buf, 0, n); }
  Console.WriteLine($"{e.WebName} {all.Length} {sb.ToString() == big.ToString()}");
}

class RotProvider : EncodingProvider {
  public override Encoding GetEncoding(string name) => name == "x-rot" ? new RotEncoding() : null;
  public override Encoding GetEncoding(int codepage) => codepage == 54321 ? new RotEncoding() : null;
}
class RotEncoding : Encoding {
  public RotEncoding() : base(54321) { }
  public override string WebName => "x-rot";
  public override int GetByteCount(char[] chars, int index, int count) => count;
  public override int GetBytes(char[] chars, int ci, int cc, byte[] bytes, int bi) { for (int i = 0; i < cc; i++) bytes[bi + i] = (byte)(chars[ci + i] + 1); return cc; }
  public override int GetCharCount(byte[] bytes, int index, int count) => count;
  public override int GetChars(byte[] bytes, int bi, int bc, char[] chars, int ci) { for (int i = 0; i < bc; i++) chars[ci + i] = (char)(bytes[bi + i] - 1); return bc; }
  public override int GetMaxByteCount(int n) => n;
  public override int GetMaxCharCount(int n) => n;
}
