using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

static class Program
{
    static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();
    static string Hex(ReadOnlySpan<byte> b) => Convert.ToHexString(b.ToArray()).ToLowerInvariant();
    static byte[] A(string s) => Encoding.ASCII.GetBytes(s);
    static byte[] H(string hex) => Convert.FromHexString(hex);

    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": no exception"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        byte[] empty = new byte[0], abc = A("abc");
        byte[] two = A("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        byte[] four = A("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu");
        byte[] million = new byte[1000000];
        for (int i = 0; i < million.Length; i++) million[i] = (byte)'a';

        Console.WriteLine("-- one-shot");
        foreach (var (label, data) in new[] { ("empty", empty), ("abc", abc), ("448", two), ("896", four) })
        {
            Console.WriteLine("md5    " + label + " " + Hex(MD5.HashData(data)));
            Console.WriteLine("sha1   " + label + " " + Hex(SHA1.HashData(data)));
            Console.WriteLine("sha256 " + label + " " + Hex(SHA256.HashData(data)));
            Console.WriteLine("sha384 " + label + " " + Hex(SHA384.HashData(data)));
            Console.WriteLine("sha512 " + label + " " + Hex(SHA512.HashData(data)));
        }
        Console.WriteLine("sha1   million " + Hex(SHA1.HashData(million)));
        Console.WriteLine("sha512 million " + Hex(SHA512.HashData((ReadOnlySpan<byte>)million)));
        Console.WriteLine("sha256 million " + Hex(SHA256.HashData(new MemoryStream(million))));

        Console.WriteLine("-- sizes");
        Console.WriteLine(SHA1.HashSizeInBits + " " + SHA1.HashSizeInBytes + " " + SHA256.HashSizeInBytes + " " + SHA384.HashSizeInBytes + " " + SHA512.HashSizeInBits + " " + MD5.HashSizeInBytes);
        using (var s = SHA384.Create()) Console.WriteLine("SHA384.Create HashSize " + s.HashSize);
        using (var s = SHA512.Create()) Console.WriteLine("SHA512.Create HashSize " + s.HashSize);
        using (var s = SHA1.Create()) Console.WriteLine("SHA1.Create HashSize " + s.HashSize);

        Console.WriteLine("-- span forms");
        Span<byte> dest = new byte[64];
        Console.WriteLine("HashData(span,span) " + SHA256.HashData(abc, dest) + " " + Hex(dest.Slice(0, 32)));
        Console.WriteLine("TryHashData small " + SHA512.TryHashData(abc, new byte[63], out int w1) + " " + w1);
        Console.WriteLine("TryHashData ok " + SHA384.TryHashData(abc, dest, out int w2) + " " + w2 + " " + Hex(dest.Slice(0, w2)));
        Console.WriteLine("MD5 span " + MD5.HashData(abc, dest) + " " + Hex(dest.Slice(0, 16)));
        Try("SHA1 short destination", () => SHA1.HashData(abc, new byte[19]));
        Try("SHA256 null source", () => SHA256.HashData((byte[])null));

        Console.WriteLine("-- instance / blocks");
        using (var sha = SHA512.Create())
        {
            // feed 'four' in pieces straddling the 128-byte block boundary
            for (int i = 0; i < 3; i++) sha.TransformBlock(four, 0, four.Length, null, 0);
            sha.TransformFinalBlock(four, 0, 5);
            Console.WriteLine("sha512 3x896+5 " + Hex(sha.Hash));
            Console.WriteLine("reused " + Hex(sha.ComputeHash(abc)));
            Console.WriteLine("TryComputeHash " + sha.TryComputeHash(abc, dest, out int w3) + " " + w3 + " " + Hex(dest.Slice(0, w3)));
            Console.WriteLine("TryComputeHash small " + sha.TryComputeHash(abc, new byte[10], out int w4) + " " + w4);
            Console.WriteLine("ComputeHashAsync " + Hex(sha.ComputeHashAsync(new MemoryStream(two)).Result));
        }
        byte[] all = new byte[300];
        for (int i = 0; i < all.Length; i++) all[i] = (byte)(i * 7 + 1);
        foreach (var name in new[] { HashAlgorithmName.MD5, HashAlgorithmName.SHA1, HashAlgorithmName.SHA256, HashAlgorithmName.SHA384, HashAlgorithmName.SHA512 })
        {
            // every split point for the incremental form must agree with the one-shot
            string want = Hex(CryptographicOperations.HashData(name, all));
            bool same = true;
            using var ih = IncrementalHash.CreateHash(name);
            for (int split = 0; split <= all.Length; split += 13)
            {
                ih.AppendData(all, 0, split);
                ih.AppendData(new ReadOnlySpan<byte>(all, split, all.Length - split));
                if (Hex(ih.GetHashAndReset()) != want) same = false;
            }
            for (int len = 50; len <= 260; len++)
            {
                ih.AppendData(all, 0, len);
                string a = Hex(ih.GetHashAndReset());
                string b = Hex(CryptographicOperations.HashData(name, new ReadOnlySpan<byte>(all, 0, len)));
                if (a != b) same = false;
            }
            Console.WriteLine(name + " splits agree " + same + " len " + ih.HashLengthInBytes + " " + want.Substring(0, 16));
        }

        Console.WriteLine("-- IncrementalHash");
        using (var ih = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            ih.AppendData(A("a"));
            Console.WriteLine("current a " + Hex(ih.GetCurrentHash()));
            ih.AppendData(A("bc"));
            Console.WriteLine("current abc " + Hex(ih.GetCurrentHash()));
            Console.WriteLine("reset abc " + Hex(ih.GetHashAndReset()));
            Console.WriteLine("after reset " + Hex(ih.GetHashAndReset()));
            Console.WriteLine("TryGetHashAndReset small " + ih.TryGetHashAndReset(new byte[31], out int w5) + " " + w5);
            ih.AppendData(abc);
            Console.WriteLine("TryGetHashAndReset " + ih.TryGetHashAndReset(dest, out int w6) + " " + w6 + " " + Hex(dest.Slice(0, w6)));
            Console.WriteLine("AlgorithmName " + ih.AlgorithmName);
            Try("AppendData null", () => ih.AppendData((byte[])null));
            Try("AppendData bad offset", () => ih.AppendData(abc, -1, 1));
            Try("AppendData bad range", () => ih.AppendData(abc, 2, 2));
            Try("GetHashAndReset short", () => ih.GetHashAndReset(new byte[8]));
        }
        using (var ih = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, A("key")))
        {
            ih.AppendData(A("The quick brown fox "));
            Console.WriteLine("hmac current " + Hex(ih.GetCurrentHash()));
            ih.AppendData(A("jumps over the lazy dog"));
            Console.WriteLine("hmac fox " + Hex(ih.GetHashAndReset()));
            ih.AppendData(A("The quick brown fox jumps over the lazy dog"));
            Console.WriteLine("hmac fox again " + Hex(ih.GetHashAndReset()));
        }
        Try("CreateHash empty name", () => IncrementalHash.CreateHash(new HashAlgorithmName("")));
        Try("CreateHash unknown", () => IncrementalHash.CreateHash(new HashAlgorithmName("FOO")));
        Try("CreateHMAC null key", () => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, (byte[])null));

        Console.WriteLine("-- HashAlgorithmName");
        Console.WriteLine(HashAlgorithmName.SHA384 + " " + (HashAlgorithmName.SHA256 == new HashAlgorithmName("SHA256")) + " " + (HashAlgorithmName.SHA256 != HashAlgorithmName.SHA512)
            + " " + HashAlgorithmName.MD5.Equals((object)HashAlgorithmName.MD5) + " [" + default(HashAlgorithmName) + "] " + (default(HashAlgorithmName).Name == null));

        Console.WriteLine("-- HMAC RFC 2202 / 4231");
        byte[] k20 = new byte[20]; Array.Fill(k20, (byte)0x0b);
        byte[] k16 = new byte[16]; Array.Fill(k16, (byte)0x0b);
        byte[] k131 = new byte[131]; Array.Fill(k131, (byte)0xaa);
        byte[] k80 = new byte[80]; Array.Fill(k80, (byte)0xaa);
        byte[] hiThere = A("Hi There"), jefe = A("Jefe"), wyw = A("what do ya want for nothing?");
        byte[] big = A("Test Using Larger Than Block-Size Key - Hash Key First");
        byte[] big2 = A("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.");
        Console.WriteLine("hmacmd5 1 " + Hex(HMACMD5.HashData(k16, hiThere)));
        Console.WriteLine("hmacmd5 2 " + Hex(HMACMD5.HashData(jefe, wyw)));
        Console.WriteLine("hmacmd5 6 " + Hex(HMACMD5.HashData(k80, big)));
        Console.WriteLine("hmacsha1 1 " + Hex(HMACSHA1.HashData(k20, hiThere)));
        Console.WriteLine("hmacsha1 2 " + Hex(HMACSHA1.HashData(jefe, wyw)));
        Console.WriteLine("hmacsha1 6 " + Hex(HMACSHA1.HashData(k80, big)));
        Console.WriteLine("hmacsha256 1 " + Hex(HMACSHA256.HashData(k20, hiThere)));
        Console.WriteLine("hmacsha256 2 " + Hex(HMACSHA256.HashData(jefe, wyw)));
        Console.WriteLine("hmacsha256 6 " + Hex(HMACSHA256.HashData(k131, big)));
        Console.WriteLine("hmacsha256 7 " + Hex(HMACSHA256.HashData((ReadOnlySpan<byte>)k131, big2)));
        Console.WriteLine("hmacsha384 1 " + Hex(HMACSHA384.HashData(k20, hiThere)));
        Console.WriteLine("hmacsha384 6 " + Hex(HMACSHA384.HashData(k131, big)));
        Console.WriteLine("hmacsha512 1 " + Hex(HMACSHA512.HashData(k20, hiThere)));
        Console.WriteLine("hmacsha512 2 " + Hex(HMACSHA512.HashData(jefe, wyw)));
        Console.WriteLine("hmacsha512 7 " + Hex(HMACSHA512.HashData(k131, big2)));
        Console.WriteLine("hmacsha512 span " + HMACSHA512.HashData(jefe, wyw, dest) + " " + HMACSHA256.TryHashData(jefe, wyw, new byte[31], out int w7) + " " + w7);
        using (var hm = new HMACSHA256(jefe))
        {
            Console.WriteLine("instance " + Hex(hm.ComputeHash(wyw)) + " size " + hm.HashSize + " name " + hm.HashName + " key " + Hex(hm.Key));
            hm.Key = k20;
            Console.WriteLine("new key " + Hex(hm.ComputeHash(hiThere)));
            hm.TransformBlock(wyw, 0, 10, null, 0);
            Try("key change mid-stream", () => hm.Key = jefe);
            hm.TransformFinalBlock(wyw, 10, wyw.Length - 10);
            Console.WriteLine("split " + Hex(hm.Hash));
            Try("key null", () => hm.Key = null);
        }
        using (var hm = new HMACSHA512(k131)) Console.WriteLine("long key reported " + hm.Key.Length + " " + Hex(hm.Key).Substring(0, 16));
        using (var hm = new HMACSHA1()) Console.WriteLine("random key length " + hm.Key.Length + " nonzero " + (Hex(hm.Key) != new string('0', 128)));
        using (var hm = new HMACSHA384()) Console.WriteLine("random key length " + hm.Key.Length);
        using (KeyedHashAlgorithm hm = new HMACMD5(jefe)) Console.WriteLine("keyed base " + Hex(hm.ComputeHash(wyw)));
        Try("HMACSHA256 null key", () => new HMACSHA256(null));
        Try("HashData null key", () => HMACSHA1.HashData((byte[])null, abc));
        Console.WriteLine("HmacData " + Hex(CryptographicOperations.HmacData(HashAlgorithmName.SHA384, jefe, wyw)));

        Console.WriteLine("-- PBKDF2 RFC 6070");
        byte[] pw = A("password"), salt = A("salt");
        Console.WriteLine("c=1 " + Hex(Rfc2898DeriveBytes.Pbkdf2(pw, salt, 1, HashAlgorithmName.SHA1, 20)));
        Console.WriteLine("c=2 " + Hex(Rfc2898DeriveBytes.Pbkdf2(pw, salt, 2, HashAlgorithmName.SHA1, 20)));
        Console.WriteLine("c=4096 " + Hex(Rfc2898DeriveBytes.Pbkdf2("password", salt, 4096, HashAlgorithmName.SHA1, 20)));
        Console.WriteLine("c=4096 long " + Hex(Rfc2898DeriveBytes.Pbkdf2("passwordPASSWORDpassword".AsSpan(), A("saltSALTsaltSALTsaltSALTsaltSALTsalt"), 4096, HashAlgorithmName.SHA1, 25)));
        Console.WriteLine("nul " + Hex(Rfc2898DeriveBytes.Pbkdf2(A("pass\0word"), A("sa\0lt"), 4096, HashAlgorithmName.SHA1, 16)));
        Console.WriteLine("sha256 c=1 " + Hex(Rfc2898DeriveBytes.Pbkdf2(pw, salt, 1, HashAlgorithmName.SHA256, 32)));
        Console.WriteLine("sha512 c=3 70 " + Hex(Rfc2898DeriveBytes.Pbkdf2(pw, salt, 3, HashAlgorithmName.SHA512, 70)));
        byte[] pd = new byte[40];
        Rfc2898DeriveBytes.Pbkdf2((ReadOnlySpan<byte>)pw, salt, pd, 2, HashAlgorithmName.SHA384);
        Console.WriteLine("span sha384 " + Hex(pd));
        Console.WriteLine("zero length " + Rfc2898DeriveBytes.Pbkdf2(pw, salt, 1, HashAlgorithmName.SHA1, 0).Length);
#pragma warning disable SYSLIB0060, SYSLIB0041
        using (var db = new Rfc2898DeriveBytes(pw, salt, 2, HashAlgorithmName.SHA1))
        {
            byte[] p1 = db.GetBytes(7), p2 = db.GetBytes(20), p3 = db.GetBytes(13);
            Console.WriteLine("streamed " + Hex(p1) + Hex(p2) + Hex(p3));
            db.Reset();
            Console.WriteLine("after reset " + Hex(db.GetBytes(20)) + " iter " + db.IterationCount + " alg " + db.HashAlgorithm + " salt " + Hex(db.Salt));
            Try("GetBytes(0)", () => db.GetBytes(0));
        }
        using (var db = new Rfc2898DeriveBytes("password", salt)) Console.WriteLine("defaults " + db.IterationCount + " " + db.HashAlgorithm + " " + Hex(db.GetBytes(8)));
        using (var db = new Rfc2898DeriveBytes("password", 16, 10, HashAlgorithmName.SHA256)) Console.WriteLine("random salt " + db.Salt.Length);
        Try("ctor iterations 0", () => new Rfc2898DeriveBytes(pw, salt, 0, HashAlgorithmName.SHA1));
        Try("ctor null salt", () => new Rfc2898DeriveBytes(pw, null, 1, HashAlgorithmName.SHA1));
#pragma warning restore SYSLIB0060, SYSLIB0041
        Try("Pbkdf2 iterations 0", () => Rfc2898DeriveBytes.Pbkdf2(pw, salt, 0, HashAlgorithmName.SHA1, 20));
        Try("Pbkdf2 negative length", () => Rfc2898DeriveBytes.Pbkdf2(pw, salt, 1, HashAlgorithmName.SHA1, -1));
        Try("Pbkdf2 empty alg", () => Rfc2898DeriveBytes.Pbkdf2(pw, salt, 1, new HashAlgorithmName(""), 20));
        Try("Pbkdf2 unknown alg", () => Rfc2898DeriveBytes.Pbkdf2(pw, salt, 1, new HashAlgorithmName("FOO"), 20));
        Try("Pbkdf2 null password", () => Rfc2898DeriveBytes.Pbkdf2((byte[])null, salt, 1, HashAlgorithmName.SHA1, 20));

        Console.WriteLine("-- CryptographicOperations");
        Console.WriteLine(CryptographicOperations.FixedTimeEquals(abc, A("abc")) + " " + CryptographicOperations.FixedTimeEquals(abc, A("abd")) + " " + CryptographicOperations.FixedTimeEquals(abc, A("ab")) + " " + CryptographicOperations.FixedTimeEquals(empty, empty));
        byte[] z = (byte[])abc.Clone();
        CryptographicOperations.ZeroMemory(z);
        Console.WriteLine("zeroed " + Hex(z));

        Console.WriteLine("-- RandomNumberGenerator");
        using (var rng = RandomNumberGenerator.Create())
        {
            byte[] r1 = new byte[32], r2 = new byte[32];
            rng.GetBytes(r1); rng.GetBytes(r2);
            Console.WriteLine("two draws differ " + !r1.AsSpan().SequenceEqual(r2));
            byte[] r3 = new byte[10];
            rng.GetBytes(r3, 2, 5);
            Console.WriteLine("offset form leaves edges " + (r3[0] == 0 && r3[1] == 0 && r3[7] == 0 && r3[8] == 0 && r3[9] == 0));
            byte[] nz = new byte[4096];
            rng.GetNonZeroBytes(nz);
            Console.WriteLine("nonzero " + (Array.IndexOf(nz, (byte)0) < 0));
            Span<byte> sp = new byte[100];
            rng.GetBytes(sp);
            Console.WriteLine("span filled " + (sp.IndexOfAnyExcept((byte)0) >= 0));
            Try("GetBytes null", () => rng.GetBytes((byte[])null));
            Try("GetBytes bad range", () => rng.GetBytes(new byte[4], 3, 2));
        }
        byte[] f = new byte[64];
        RandomNumberGenerator.Fill(f);
        Console.WriteLine("Fill " + (Array.FindAll(f, b => b != 0).Length > 40));
        Console.WriteLine("GetBytes(int) " + RandomNumberGenerator.GetBytes(17).Length + " " + RandomNumberGenerator.GetBytes(0).Length);
        bool inRange = true; var seen = new bool[10];
        for (int i = 0; i < 2000; i++)
        {
            int v = RandomNumberGenerator.GetInt32(10);
            if (v < 0 || v >= 10) inRange = false; else seen[v] = true;
            int u = RandomNumberGenerator.GetInt32(-5, 3);
            if (u < -5 || u >= 3) inRange = false;
            int x = RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue);
            if (x == int.MaxValue) inRange = false;
        }
        Console.WriteLine("GetInt32 in range " + inRange + " all seen " + Array.TrueForAll(seen, s => s));
        Console.WriteLine("GetInt32(1) " + RandomNumberGenerator.GetInt32(1) + " GetInt32(7,8) " + RandomNumberGenerator.GetInt32(7, 8));
        string hx = RandomNumberGenerator.GetHexString(33);
        Console.WriteLine("hex " + hx.Length + " " + (hx.ToUpperInvariant() == hx) + " " + (RandomNumberGenerator.GetHexString(20, true).ToLowerInvariant().Length));
        string gs = RandomNumberGenerator.GetString("xyz", 50);
        Console.WriteLine("GetString " + gs.Length + " " + (gs.Trim('x', 'y', 'z').Length == 0));
        int[] sh = { 1, 2, 3, 4, 5, 6, 7, 8 };
        RandomNumberGenerator.Shuffle<int>(sh);
        Array.Sort(sh);
        Console.WriteLine("Shuffle keeps " + string.Join(",", sh));
        Try("GetInt32(0)", () => RandomNumberGenerator.GetInt32(0));
        Try("GetInt32(-3)", () => RandomNumberGenerator.GetInt32(-3));
        Try("GetInt32(5,5)", () => RandomNumberGenerator.GetInt32(5, 5));
        Try("GetBytes(-1)", () => RandomNumberGenerator.GetBytes(-1));
        Try("GetString empty", () => RandomNumberGenerator.GetString("", 3));
    }
}
