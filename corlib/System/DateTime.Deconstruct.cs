// DateTime.Deconstruct (.NET 8): `var (y, m, d) = dateTime;`
namespace System
{
    public partial struct DateTime
    {
        public void Deconstruct(out int year, out int month, out int day)
        {
            year = Year;
            month = Month;
            day = Day;
        }
    }
}
