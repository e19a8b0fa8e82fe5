// Assembly.GetManifestResourceInfo: where a manifest resource lives. The
// resources Cilantro reads are embedded in the assembly's own manifest, so a
// known name answers Embedded | ContainedInManifestFile (as .NET does for an
// embedded resource) and an unknown one null.
namespace System.Reflection
{
    [Flags]
    public enum ResourceLocation
    {
        Embedded = 1,
        ContainedInAnotherAssembly = 2,
        ContainedInManifestFile = 4,
    }

    public class ManifestResourceInfo
    {
        public ManifestResourceInfo(Assembly containingAssembly, string containingFileName, ResourceLocation resourceLocation)
        {
            ReferencedAssembly = containingAssembly;
            FileName = containingFileName;
            ResourceLocation = resourceLocation;
        }

        public virtual Assembly ReferencedAssembly { get; }
        public virtual string FileName { get; }
        public virtual ResourceLocation ResourceLocation { get; }
    }

    public partial class Assembly
    {
        public virtual ManifestResourceInfo GetManifestResourceInfo(string resourceName)
        {
            if (resourceName == null) throw new ArgumentNullException("resourceName");
            if (resourceName.Length == 0) throw new ArgumentException("Empty name is not legal.", "resourceName");
            foreach (string n in GetManifestResourceNames())
                if (n == resourceName) return new ManifestResourceInfo(null, null, ResourceLocation.Embedded | ResourceLocation.ContainedInManifestFile);
            return null;
        }
    }
}
