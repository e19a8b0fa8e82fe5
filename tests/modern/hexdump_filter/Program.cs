// Reads all of standard input as bytes through Console.OpenStandardInput,
// writes a canonical hexdump (like `hexdump -C`) through
// Console.OpenStandardOutput, then the input's lines with CRLF/CR normalized
// to LF, numbered, non-ASCII bytes escaped.
using System.Text;

static class Program
{
    static int Main()
    {
        byte[] data;
        using (Stream input = Console.OpenStandardInput())
        {
            var ms = new MemoryStream();
            var buf = new byte[37];   // odd size: reads end mid-line
            int n;
            while ((n = input.Read(buf, 0, buf.Length)) > 0) ms.Write(buf, 0, n);
            data = ms.ToArray();
        }
        using Stream output = Console.OpenStandardOutput();
        var w = new BufferedStream(output, 64);
        Hexdump(data, w);
        Normalize(data, w);
        Summary(data, w);
        w.Flush();
        return data.Length == 0 ? 1 : 0;
    }

    static void Put(Stream s, string text)
    {
        byte[] b = Encoding.ASCII.GetBytes(text);
        s.Write(b, 0, b.Length);
    }

    static void Hexdump(byte[] data, Stream w)
    {
        byte[] previous = null;
        bool starred = false;
        for (int off = 0; off < data.Length; off += 16)
        {
            int len = Math.Min(16, data.Length - off);
            var line = new ReadOnlySpan<byte>(data, off, len);
            if (previous != null && len == 16 && line.SequenceEqual(previous))
            {
                if (!starred) Put(w, "*\n");
                starred = true;
                continue;
            }
            starred = false;
            previous = line.ToArray();
            var sb = new StringBuilder();
            sb.Append(off.ToString("x8")).Append("  ");
            for (int i = 0; i < 16; i++)
            {
                if (i < len) sb.Append(data[off + i].ToString("x2")).Append(' ');
                else sb.Append("   ");
                if (i == 7) sb.Append(' ');
            }
            sb.Append(" |");
            for (int i = 0; i < len; i++)
            {
                byte b = data[off + i];
                sb.Append(b >= 0x20 && b < 0x7f ? (char)b : '.');
            }
            sb.Append("|\n");
            Put(w, sb.ToString());
        }
        Put(w, data.Length.ToString("x8") + "\n");
    }

    static void Normalize(byte[] data, Stream w)
    {
        Put(w, "-- lines\n");
        int lineNo = 1;
        var cur = new List<byte>();
        void Flush()
        {
            Put(w, $"{lineNo,4}: ");
            foreach (byte b in cur)
            {
                if (b >= 0x20 && b < 0x7f && b != (byte)'\\') w.WriteByte(b);
                else Put(w, b == (byte)'\\' ? "\\\\" : "\\x" + b.ToString("X2"));
            }
            w.WriteByte((byte)'\n');
            lineNo++;
            cur.Clear();
        }
        for (int i = 0; i < data.Length; i++)
        {
            byte b = data[i];
            if (b == (byte)'\r')
            {
                if (i + 1 < data.Length && data[i + 1] == (byte)'\n') i++;
                Flush();
            }
            else if (b == (byte)'\n') Flush();
            else cur.Add(b);
        }
        if (cur.Count > 0) Flush();
    }

    static void Summary(byte[] data, Stream w)
    {
        int crlf = 0, lf = 0, cr = 0, zero = 0, high = 0;
        for (int i = 0; i < data.Length; i++)
        {
            if (data[i] == '\r') { if (i + 1 < data.Length && data[i + 1] == '\n') { crlf++; i++; } else cr++; }
            else if (data[i] == '\n') lf++;
            else if (data[i] == 0) zero++;
            else if (data[i] >= 0x80) high++;
        }
        bool bom = data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF;
        var hist = new int[16];
        foreach (byte b in data) hist[b >> 4]++;
        uint crc = Crc32(data);
        Put(w, $"-- {data.Length} bytes, BOM={bom}, CRLF={crlf} LF={lf} CR={cr} NUL={zero} high={high}\n");
        Put(w, "nibble histogram: " + string.Join(" ", hist) + "\n");
        Put(w, "crc32: " + crc.ToString("x8") + "\n");
        string text = new UTF8Encoding(false, false).GetString(data);
        Put(w, $"as UTF-8: {text.Length} chars, {text.Count(c => c == '\uFFFD')} replacement, first U+{(int)text[0]:X4}\n");
    }

    static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
