using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Cilantro.Trim;

/// <summary>
/// The corlib's assembly version, read and written in place (the four 16-bit
/// fields of its Assembly table row). ILLink takes the major version of the
/// assembly that defines System.Object for the target runtime's version, and
/// below 6 it trims as for .NET Framework: every [Serializable] type it keeps
/// keeps its default and serialization constructors (and with them
/// SerializationInfo), for the binary formatter. Cilantro's corlib is 0.0.0.0
/// and has no binary formatter, so ILLink is given a copy that says 10.0.0.0,
/// and the trimmed corlib gets the original version back.
/// </summary>
static class CorlibVersion {
    public static readonly ushort[] Modern = { 10, 0, 0, 0 };

    static long Offset(string path) {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        if (md.GetTableRowCount(TableIndex.Assembly) != 1) throw new TrimException($"{path} has no assembly manifest");
        // the row: HashAlgId (4 bytes), then MajorVersion, MinorVersion, BuildNumber, RevisionNumber
        return pe.PEHeaders.MetadataStartOffset + md.GetTableMetadataOffset(TableIndex.Assembly) + 4;
    }

    public static ushort[] Read(string path) {
        long at = Offset(path);
        using var f = File.OpenRead(path);
        f.Position = at;
        var b = new byte[8];
        f.ReadExactly(b);
        return Enumerable.Range(0, 4).Select(i => BitConverter.ToUInt16(b, 2 * i)).ToArray();
    }

    public static void Write(string path, ushort[] version) {
        long at = Offset(path);
        using var f = File.OpenWrite(path);
        f.Position = at;
        foreach (ushort v in version) f.Write(BitConverter.GetBytes(v));
    }
}
