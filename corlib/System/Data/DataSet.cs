// System.Data.DataSet and DataTable exist so that libraries can test for
// them (serializers ask typeof(DataSet).IsAssignableFrom(type)); ADO.NET's
// in-memory tables are not implemented, and creating one throws
// PlatformNotSupportedException naming the type.
namespace System.Data
{
    public class DataSet
    {
        public DataSet() { throw new PlatformNotSupportedException("System.Data.DataSet is not supported on Cilantro."); }
        public DataSet(string dataSetName) : this() { }
    }

    public class DataTable
    {
        public DataTable() { throw new PlatformNotSupportedException("System.Data.DataTable is not supported on Cilantro."); }
        public DataTable(string tableName) : this() { }
        public DataTable(string tableName, string tableNamespace) : this() { }
    }
}
