// JSWire.cs — the values System.Runtime.InteropServices.JavaScript exchanges
// with js/dotnet-interop.mjs, in the interop encoding of runtime/interop/interop.h
// (u32 tag, u32 aux, 8-aligned payload; UTF-16 strings), written and read
// here in C# so the runtime only passes the bytes through (JSBridge.Op).
// A wire value is null, bool, double, long, ulong, string, byte[], object[]
// (a JS Array), JSObject (a handle) or a JSSpecial.

namespace System.Runtime.InteropServices.JavaScript
{
    // Values that exist only on this wire: a Date, an Error, a .NET delegate
    // or Task handed to JS (Number: the JSBridge entry or promise id), a
    // settled promise (Value: its value), an Error (Value: [type, message, text, id]),
    // and from JS, a .NET exception coming back (ErrorRef, Number: its id).
    internal sealed class JSSpecial
    {
        internal readonly int Tag;
        internal readonly double Number;
        internal readonly string Text;
        internal readonly object Value;   // a settled promise: its value or error
        internal JSSpecial(int tag, double number, string text = null, object value = null)
        {
            Tag = tag; Number = number; Text = text; Value = value;
        }
    }

    internal static class JSWire
    {
        internal const int Null = 0, Undefined = 1, Bool = 2, Number = 3, I64 = 4, U64 = 5, String = 6,
            Array = 7, Bytes = 8, Object = 9,
            Date = 10, Error = 11, Function = 12, Promise = 13, Resolved = 14, Rejected = 15, ErrorRef = 16;

        internal sealed class Writer
        {
            internal byte[] Data = new byte[256];
            internal int Length;

            void Ensure(int n)
            {
                if (Length + n <= Data.Length) return;
                int size = Data.Length * 2;
                while (size < Length + n) size *= 2;
                byte[] grown = new byte[size];
                Buffer.BlockCopy(Data, 0, grown, 0, Length);
                Data = grown;
            }

            void Header(int tag, int aux)
            {
                Ensure(8);
                Put32(tag);
                Put32(aux);
            }

            void Put32(int v)
            {
                Data[Length++] = (byte)v; Data[Length++] = (byte)(v >> 8);
                Data[Length++] = (byte)(v >> 16); Data[Length++] = (byte)(v >> 24);
            }

            void Put64(long v)
            {
                Ensure(8);
                Put32((int)v);
                Put32((int)(v >> 32));
            }

            void Pad() { while ((Length & 7) != 0) Data[Length++] = 0; }

            internal void Write(object v)
            {
                if (v == null) { Header(Null, 0); return; }
                if (v is bool b) { Header(Bool, b ? 1 : 0); return; }
                if (v is double d) { Header(Number, 0); Put64(BitConverter.DoubleToInt64Bits(d)); return; }
                if (v is long l) { Header(I64, 0); Put64(l); return; }
                if (v is ulong u) { Header(U64, 0); Put64((long)u); return; }
                if (v is string s) { WriteString(String, s); return; }
                if (v is byte[] bytes)
                {
                    Header(Bytes, bytes.Length);
                    Ensure(bytes.Length + 8);
                    Buffer.BlockCopy(bytes, 0, Data, Length, bytes.Length);
                    Length += bytes.Length;
                    Pad();
                    return;
                }
                if (v is object[] items)
                {
                    Header(Array, items.Length);
                    foreach (object item in items) Write(item);
                    return;
                }
                if (v is JSObject o) { Header(Object, o.LiveHandle()); return; }
                JSSpecial sp = (JSSpecial)v;
                switch (sp.Tag)
                {
                    case Error: case Resolved: case Rejected: Header(sp.Tag, 0); Write(sp.Value); return;
                    default: Header(sp.Tag, 0); Put64(BitConverter.DoubleToInt64Bits(sp.Number)); return;
                }
            }

            void WriteString(int tag, string s)
            {
                Header(tag, s.Length);
                Ensure(s.Length * 2 + 8);
                foreach (char c in s) { Data[Length++] = (byte)c; Data[Length++] = (byte)(c >> 8); }
                Pad();
            }
        }

        internal static byte[] Encode(object[] values, out int length)
        {
            Writer w = new Writer();
            w.Write(values);
            length = w.Length;
            return w.Data;
        }

        // Reads one value at pos (advancing it); JS objects become new JSObjects.
        internal static object Read(byte[] data, ref int pos)
        {
            int tag = Get32(data, pos), aux = Get32(data, pos + 4);
            pos += 8;
            switch (tag)
            {
                case Null: case Undefined: return null;
                case Bool: return aux != 0;
                case Number: { double d = BitConverter.Int64BitsToDouble(Get64(data, pos)); pos += 8; return d; }
                case I64: { long l = Get64(data, pos); pos += 8; return l; }
                case U64: { ulong u = (ulong)Get64(data, pos); pos += 8; return u; }
                case Date: case ErrorRef: { double d = BitConverter.Int64BitsToDouble(Get64(data, pos)); pos += 8; return new JSSpecial(tag, d); }
                case String:
                {
                    char[] chars = new char[aux];
                    for (int i = 0; i < aux; i++) chars[i] = (char)(data[pos + 2 * i] | data[pos + 2 * i + 1] << 8);
                    pos += (aux * 2 + 7) & ~7;
                    string s = new string(chars);
                    return s;
                }
                case Bytes:
                {
                    byte[] b = new byte[aux];
                    Buffer.BlockCopy(data, pos, b, 0, aux);
                    pos += (aux + 7) & ~7;
                    return b;
                }
                case Array:
                {
                    object[] items = new object[aux];
                    for (int i = 0; i < aux; i++) items[i] = Read(data, ref pos);
                    return items;
                }
                case Object: return new JSObject(aux);
                default: throw new InvalidOperationException("JS interop: malformed value from the host (tag " + tag + ")");
            }
        }

        static int Get32(byte[] d, int p) { return d[p] | d[p + 1] << 8 | d[p + 2] << 16 | d[p + 3] << 24; }
        static long Get64(byte[] d, int p) { return (uint)Get32(d, p) | (long)Get32(d, p + 4) << 32; }

        internal static string Describe(object v)
        {
            if (v == null) return "null";
            if (v is string s) return "the string \"" + (s.Length > 40 ? s.Substring(0, 40) + "..." : s) + "\"";
            if (v is double d) return "the number " + d.ToString(Globalization.CultureInfo.InvariantCulture);
            if (v is bool b) return b ? "true" : "false";
            if (v is object[]) return "an Array";
            if (v is byte[]) return "a Uint8Array";
            if (v is JSObject) return "a JS object";
            if (v is long || v is ulong) return "a BigInt";
            JSSpecial sp = v as JSSpecial;
            return sp != null && sp.Tag == Date ? "a Date" : "a JS value";
        }
    }
}
