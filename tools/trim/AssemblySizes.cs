using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Cilantro.Trim;

/// <summary>
/// `cilantro-trim --sizes X.dll`: what an assembly's bytes are: metadata
/// tables, IL method bodies, the #Strings/#US/#Blob/#GUID heaps, managed
/// resources, field initial data, and PE headers/padding (the rest).
/// </summary>
static class AssemblySizes {
    public static int Print(string file) {
        if (!File.Exists(file)) throw new TrimException($"cannot open '{file}'");
        byte[] bytes = File.ReadAllBytes(file);
        using var pe = new PEReader(new MemoryStream(bytes));
        if (!pe.HasMetadata) throw new TrimException($"'{file}' is not a .NET assembly");
        var md = pe.GetMetadataReader();

        long tables = 0;
        foreach (TableIndex t in Enum.GetValues<TableIndex>())
            tables += (long)md.GetTableRowCount(t) * md.GetTableRowSize(t);
        long il = 0;
        var bodies = new HashSet<int>();
        foreach (var h in md.MethodDefinitions) {
            int rva = md.GetMethodDefinition(h).RelativeVirtualAddress;
            if (rva != 0 && bodies.Add(rva)) il += pe.GetMethodBody(rva).Size;
        }
        long resources = pe.PEHeaders.CorHeader!.ResourcesDirectory.Size;
        long strings = md.GetHeapSize(HeapIndex.String), us = md.GetHeapSize(HeapIndex.UserString);
        long blob = md.GetHeapSize(HeapIndex.Blob), guid = md.GetHeapSize(HeapIndex.Guid);
        long metadata = pe.PEHeaders.MetadataSize;
        long fieldData = 0;
        foreach (var h in md.FieldDefinitions) {
            var f = md.GetFieldDefinition(h);
            if (f.GetRelativeVirtualAddress() != 0 && !f.GetDeclaringType().IsNil) fieldData += FieldDataSize(md, f);
        }
        long other = bytes.Length - il - resources - metadata - fieldData;
        long metaOther = metadata - tables - strings - us - blob - guid;

        Console.WriteLine($"{Path.GetFileName(file)}: {bytes.Length:N0} bytes, {md.TypeDefinitions.Count:N0} types, {md.MethodDefinitions.Count:N0} methods");
        Row("metadata tables", tables);
        foreach (var (t, n) in Enum.GetValues<TableIndex>().Distinct()
                     .Select(t => (t, (long)md.GetTableRowCount(t) * md.GetTableRowSize(t)))
                     .OrderByDescending(x => x.Item2).Take(5))
            Row($"  {t} ({md.GetTableRowCount(t):N0} rows)", n);
        var attributeCounts = md.CustomAttributes.Select(h => AttributeName(md, md.GetCustomAttribute(h)))
            .GroupBy(n => n).OrderByDescending(g => g.Count()).Take(3);
        Console.WriteLine("    most used attributes: " + string.Join(", ", attributeCounts.Select(g => $"{g.Key} {g.Count():N0}")));
        Row("IL method bodies", il);
        Row("#Strings heap", strings);
        Row("#Blob heap", blob);
        Row("#US heap (string literals)", us);
        Row("#GUID heap + stream headers", guid + metaOther);
        Row("managed resources", resources);
        Row("field initial data (RVA)", fieldData);
        Row("PE headers, padding", other);
        return 0;

        void Row(string what, long n) => Console.WriteLine($"  {what,-30} {n,10:N0}  {100.0 * n / bytes.Length,5:F1}%");
    }

    static string AttributeName(MetadataReader md, CustomAttribute a) {
        EntityHandle type = a.Constructor.Kind == HandleKind.MethodDefinition
            ? md.GetMethodDefinition((MethodDefinitionHandle)a.Constructor).GetDeclaringType()
            : md.GetMemberReference((MemberReferenceHandle)a.Constructor).Parent;
        return type.Kind switch {
            HandleKind.TypeDefinition => md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            HandleKind.TypeReference => md.GetString(md.GetTypeReference((TypeReferenceHandle)type).Name),
            _ => "?",
        };
    }

    static long FieldDataSize(MetadataReader md, FieldDefinition f) {
        // the field's type is a value type with .size (ClassLayout) or a primitive
        var sig = md.GetBlobReader(f.Signature);
        sig.ReadSignatureHeader();
        var code = sig.ReadSignatureTypeCode();
        switch (code) {
            case SignatureTypeCode.Boolean: case SignatureTypeCode.SByte: case SignatureTypeCode.Byte: return 1;
            case SignatureTypeCode.Char: case SignatureTypeCode.Int16: case SignatureTypeCode.UInt16: return 2;
            case SignatureTypeCode.Int32: case SignatureTypeCode.UInt32: case SignatureTypeCode.Single: return 4;
            case SignatureTypeCode.Int64: case SignatureTypeCode.UInt64: case SignatureTypeCode.Double: return 8;
        }
        if (code == SignatureTypeCode.TypeHandle) {
            var h = sig.ReadTypeHandle();
            if (h.Kind == HandleKind.TypeDefinition) return md.GetTypeDefinition((TypeDefinitionHandle)h).GetLayout().Size;
        }
        return 0;
    }
}
