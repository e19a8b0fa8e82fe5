// DateTime members of .NET 6-7: DateOnly/TimeOnly bridges, microsecond and
// nanosecond parts, Deconstruct.
namespace System
{
    public partial struct DateTime
    {
        public DateTime(DateOnly date, TimeOnly time) : this(date.DayNumber * TicksPerDay + time.Ticks, DateTimeKind.Unspecified) { }
        public DateTime(DateOnly date, TimeOnly time, DateTimeKind kind) : this(date.DayNumber * TicksPerDay + time.Ticks, kind) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int microsecond)
            : this(year, month, day, hour, minute, second, millisecond, microsecond, DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int microsecond, DateTimeKind kind)
            : this(year, month, day, hour, minute, second, millisecond, kind)
        {
            if ((uint)microsecond >= 1000) throw new ArgumentOutOfRangeException("microsecond", "Valid values are between 0 and 999, inclusive.");
            _ticks += microsecond * 10L;
        }

        public int Microsecond { get { return (int)(_ticks / 10 % 1000); } }
        public int Nanosecond { get { return (int)(_ticks % 10 * 100); } }

        public DateTime AddMicroseconds(double value)
        {
            double ticks = value * 10;
            if (double.IsNaN(ticks) || ticks <= -(double)MaxTicks - 1 || ticks >= (double)MaxTicks + 1) throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
            return AddTicks((long)ticks);
        }

        public void Deconstruct(out DateOnly date, out TimeOnly time)
        {
            date = DateOnly.FromDateTime(this);
            time = TimeOnly.FromDateTime(this);
        }

        public void Deconstruct(out int year, out int month, out int day)
        {
            year = Year; month = Month; day = Day;
        }
    }
}
