// NumberFormatInfo: the invariant culture's (or a culture's, from
// CultureData) number symbols and patterns as .NET exposes them (properties with validation, read-only instances). The
// corlib's formatter and parser read the same properties.
namespace System.Globalization
{
    public enum DigitShapes { Context = 0, None = 1, NativeNational = 2 }

    [Serializable]
    public sealed class NumberFormatInfo : IFormatProvider, ICloneable
    {
        private static NumberFormatInfo s_invariant;

        private bool _isReadOnly;
        private int _currencyDecimalDigits = 2;
        private string _currencyDecimalSeparator = ".";
        private string _currencyGroupSeparator = ",";
        private int[] _currencyGroupSizes = new int[] { 3 };
        private int _currencyNegativePattern;
        private int _currencyPositivePattern;
        private string _currencySymbol = "\u00A4";
        private DigitShapes _digitSubstitution = DigitShapes.None;
        private string _nanSymbol = "NaN";
        private string[] _nativeDigits = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };
        private string _negativeInfinitySymbol = "-Infinity";
        private string _negativeSign = "-";
        private int _numberDecimalDigits = 2;
        private string _numberDecimalSeparator = ".";
        private string _numberGroupSeparator = ",";
        private int[] _numberGroupSizes = new int[] { 3 };
        private int _numberNegativePattern = 1;
        private int _percentDecimalDigits = 2;
        private string _percentDecimalSeparator = ".";
        private string _percentGroupSeparator = ",";
        private int[] _percentGroupSizes = new int[] { 3 };
        private int _percentNegativePattern;
        private int _percentPositivePattern;
        private string _percentSymbol = "%";
        private string _perMilleSymbol = "\u2030";
        private string _positiveInfinitySymbol = "Infinity";
        private string _positiveSign = "+";

        public NumberFormatInfo() { }

        // A culture's symbols and patterns from the corlib's culture data.
        internal NumberFormatInfo(CultureData d)
        {
            _currencyDecimalDigits = d.Int(CultureData.CurrencyDecimalDigits);
            _currencyDecimalSeparator = d[CultureData.CurrencyDecimalSeparator];
            _currencyGroupSeparator = d[CultureData.CurrencyGroupSeparator];
            _currencyGroupSizes = d.Ints(CultureData.CurrencyGroupSizes);
            _currencyNegativePattern = d.Int(CultureData.CurrencyNegativePattern);
            _currencyPositivePattern = d.Int(CultureData.CurrencyPositivePattern);
            _currencySymbol = d[CultureData.CurrencySymbol];
            _digitSubstitution = (DigitShapes)d.Int(CultureData.DigitSubstitution);
            _nanSymbol = d[CultureData.NaNSymbol];
            _nativeDigits = d.List(CultureData.NativeDigits);
            _negativeInfinitySymbol = d[CultureData.NegativeInfinitySymbol];
            _negativeSign = d[CultureData.NegativeSign];
            _numberDecimalDigits = d.Int(CultureData.NumberDecimalDigits);
            _numberDecimalSeparator = d[CultureData.NumberDecimalSeparator];
            _numberGroupSeparator = d[CultureData.NumberGroupSeparator];
            _numberGroupSizes = d.Ints(CultureData.NumberGroupSizes);
            _numberNegativePattern = d.Int(CultureData.NumberNegativePattern);
            _percentDecimalDigits = d.Int(CultureData.PercentDecimalDigits);
            _percentDecimalSeparator = d[CultureData.PercentDecimalSeparator];
            _percentGroupSeparator = d[CultureData.PercentGroupSeparator];
            _percentGroupSizes = d.Ints(CultureData.PercentGroupSizes);
            _percentNegativePattern = d.Int(CultureData.PercentNegativePattern);
            _percentPositivePattern = d.Int(CultureData.PercentPositivePattern);
            _percentSymbol = d[CultureData.PercentSymbol];
            _perMilleSymbol = d[CultureData.PerMilleSymbol];
            _positiveInfinitySymbol = d[CultureData.PositiveInfinitySymbol];
            _positiveSign = d[CultureData.PositiveSign];
        }

        public static NumberFormatInfo InvariantInfo
        {
            get
            {
                if (s_invariant == null) { NumberFormatInfo n = new NumberFormatInfo(); n._isReadOnly = true; s_invariant = n; }
                return s_invariant;
            }
        }

        public static NumberFormatInfo CurrentInfo { get { return CultureInfo.CurrentCulture.NumberFormat; } }

        public static NumberFormatInfo GetInstance(IFormatProvider formatProvider)
        {
            if (formatProvider == null) return CurrentInfo;
            CultureInfo ci = formatProvider as CultureInfo;
            if (ci != null) return ci.NumberFormat;
            NumberFormatInfo nfi = formatProvider as NumberFormatInfo;
            if (nfi != null) return nfi;
            nfi = formatProvider.GetFormat(typeof(NumberFormatInfo)) as NumberFormatInfo;
            return nfi ?? CurrentInfo;
        }

        public static NumberFormatInfo ReadOnly(NumberFormatInfo nfi)
        {
            if (nfi == null) throw new ArgumentNullException("nfi");
            if (nfi._isReadOnly) return nfi;
            NumberFormatInfo r = (NumberFormatInfo)nfi.MemberwiseClone();
            r._isReadOnly = true;
            return r;
        }

        public bool IsReadOnly { get { return _isReadOnly; } }

        public object Clone()
        {
            NumberFormatInfo r = (NumberFormatInfo)MemberwiseClone();
            r._isReadOnly = false;
            r._currencyGroupSizes = (int[])_currencyGroupSizes.Clone();
            r._numberGroupSizes = (int[])_numberGroupSizes.Clone();
            r._percentGroupSizes = (int[])_percentGroupSizes.Clone();
            r._nativeDigits = (string[])_nativeDigits.Clone();
            return r;
        }

        public object GetFormat(Type formatType) { return formatType == typeof(NumberFormatInfo) ? this : null; }

        internal void MakeReadOnly() { _isReadOnly = true; }

        private void CheckWritable() { if (_isReadOnly) throw new InvalidOperationException("Instance is read-only."); }

        private string SetString(string value)
        {
            CheckWritable();
            if (value == null) throw new ArgumentNullException("value");
            return value;
        }

        private int SetRange(int value, int max)
        {
            CheckWritable();
            if (value < 0 || value > max)
                throw new ArgumentOutOfRangeException("value", value, "Valid values are between 0 and " + max + ", inclusive.");
            return value;
        }

        private int[] SetGroupSizes(int[] value)
        {
            CheckWritable();
            if (value == null) throw new ArgumentNullException("value");
            for (int i = 0; i < value.Length; i++)
            {
                int v = value[i];
                bool ok = v >= 1 && v <= 9 || v == 0 && i == value.Length - 1;
                if (!ok) throw new ArgumentException("Every element in the value array should be between one and nine, except for the last element, which can be zero.", "value");
            }
            return (int[])value.Clone();
        }

        public int CurrencyDecimalDigits { get { return _currencyDecimalDigits; } set { _currencyDecimalDigits = SetRange(value, 99); } }
        public string CurrencyDecimalSeparator
        {
            get { return _currencyDecimalSeparator; }
            set { string s = SetString(value); if (s.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "value"); _currencyDecimalSeparator = s; }
        }
        public string CurrencyGroupSeparator { get { return _currencyGroupSeparator; } set { _currencyGroupSeparator = SetString(value); } }
        public int[] CurrencyGroupSizes { get { return (int[])_currencyGroupSizes.Clone(); } set { _currencyGroupSizes = SetGroupSizes(value); } }
        public int CurrencyNegativePattern { get { return _currencyNegativePattern; } set { _currencyNegativePattern = SetRange(value, 16); } }
        public int CurrencyPositivePattern { get { return _currencyPositivePattern; } set { _currencyPositivePattern = SetRange(value, 3); } }
        public string CurrencySymbol { get { return _currencySymbol; } set { _currencySymbol = SetString(value); } }
        public DigitShapes DigitSubstitution
        {
            get { return _digitSubstitution; }
            set
            {
                CheckWritable();
                if (value < DigitShapes.Context || value > DigitShapes.NativeNational)
                    throw new ArgumentException("The DigitSubstitution property must be of a valid member of the DigitShapes enumeration. Valid entries include Context, NativeNational or None.", "value");
                _digitSubstitution = value;
            }
        }
        public string NaNSymbol { get { return _nanSymbol; } set { _nanSymbol = SetString(value); } }
        public string[] NativeDigits
        {
            get { return (string[])_nativeDigits.Clone(); }
            set
            {
                CheckWritable();
                if (value == null) throw new ArgumentNullException("value");
                if (value.Length != 10) throw new ArgumentException("The NativeDigits array must contain exactly ten members.", "value");
                for (int i = 0; i < 10; i++)
                    if (value[i] == null || value[i].Length == 0)
                        throw new ArgumentException("Each member of the NativeDigits array must be a single text element (one or more UTF16 code points) with a Unicode Nd (Number, Decimal Digit) property indicating it is a digit.", "value");
                _nativeDigits = (string[])value.Clone();
            }
        }
        public string NegativeInfinitySymbol { get { return _negativeInfinitySymbol; } set { _negativeInfinitySymbol = SetString(value); } }
        public string NegativeSign { get { return _negativeSign; } set { _negativeSign = SetString(value); } }
        public int NumberDecimalDigits { get { return _numberDecimalDigits; } set { _numberDecimalDigits = SetRange(value, 99); } }
        public string NumberDecimalSeparator
        {
            get { return _numberDecimalSeparator; }
            set { string s = SetString(value); if (s.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "value"); _numberDecimalSeparator = s; }
        }
        public string NumberGroupSeparator { get { return _numberGroupSeparator; } set { _numberGroupSeparator = SetString(value); } }
        public int[] NumberGroupSizes { get { return (int[])_numberGroupSizes.Clone(); } set { _numberGroupSizes = SetGroupSizes(value); } }
        public int NumberNegativePattern { get { return _numberNegativePattern; } set { _numberNegativePattern = SetRange(value, 4); } }
        public int PercentDecimalDigits { get { return _percentDecimalDigits; } set { _percentDecimalDigits = SetRange(value, 99); } }
        public string PercentDecimalSeparator
        {
            get { return _percentDecimalSeparator; }
            set { string s = SetString(value); if (s.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "value"); _percentDecimalSeparator = s; }
        }
        public string PercentGroupSeparator { get { return _percentGroupSeparator; } set { _percentGroupSeparator = SetString(value); } }
        public int[] PercentGroupSizes { get { return (int[])_percentGroupSizes.Clone(); } set { _percentGroupSizes = SetGroupSizes(value); } }
        public int PercentNegativePattern { get { return _percentNegativePattern; } set { _percentNegativePattern = SetRange(value, 11); } }
        public int PercentPositivePattern { get { return _percentPositivePattern; } set { _percentPositivePattern = SetRange(value, 3); } }
        public string PercentSymbol { get { return _percentSymbol; } set { _percentSymbol = SetString(value); } }
        public string PerMilleSymbol { get { return _perMilleSymbol; } set { _perMilleSymbol = SetString(value); } }
        public string PositiveInfinitySymbol { get { return _positiveInfinitySymbol; } set { _positiveInfinitySymbol = SetString(value); } }
        public string PositiveSign { get { return _positiveSign; } set { _positiveSign = SetString(value); } }

        // The formatter reads group sizes without a defensive copy.
        internal int[] NumberGroupSizesRaw { get { return _numberGroupSizes; } }
        internal int[] CurrencyGroupSizesRaw { get { return _currencyGroupSizes; } }
        internal int[] PercentGroupSizesRaw { get { return _percentGroupSizes; } }
    }
}
