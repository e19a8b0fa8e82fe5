// The node kinds of System.Linq.Expressions, with .NET's numbering.
namespace System.Linq.Expressions
{
    public enum ExpressionType
    {
        Add, AddChecked, And, AndAlso, ArrayLength, ArrayIndex, Call, Coalesce, Conditional, Constant,
        Convert, ConvertChecked, Divide, Equal, ExclusiveOr, GreaterThan, GreaterThanOrEqual, Invoke, Lambda,
        LeftShift, LessThan, LessThanOrEqual, ListInit, MemberAccess, MemberInit, Modulo, Multiply,
        MultiplyChecked, Negate, UnaryPlus, NegateChecked, New, NewArrayInit, NewArrayBounds, Not, NotEqual,
        Or, OrElse, Parameter, Power, Quote, RightShift, Subtract, SubtractChecked, TypeAs, TypeIs, Assign,
        Block, DebugInfo, Decrement, Dynamic, Default, Extension, Goto, Increment, Index, Label,
        RuntimeVariables, Loop, Switch, Throw, Try, Unbox, AddAssign, AndAssign, DivideAssign,
        ExclusiveOrAssign, LeftShiftAssign, ModuloAssign, MultiplyAssign, OrAssign, PowerAssign,
        RightShiftAssign, SubtractAssign, AddAssignChecked, MultiplyAssignChecked, SubtractAssignChecked,
        PreIncrementAssign, PreDecrementAssign, PostIncrementAssign, PostDecrementAssign, TypeEqual,
        OnesComplement, IsTrue, IsFalse,
    }

    public enum GotoExpressionKind { Goto, Return, Break, Continue }

    public enum MemberBindingType { Assignment, MemberBinding, ListBinding }
}

namespace System.Runtime.CompilerServices
{
    public interface IStrongBox
    {
        object Value { get; set; }
    }

    public class StrongBox<T> : IStrongBox
    {
        public T Value;
        public StrongBox() { }
        public StrongBox(T value) { Value = value; }
        object IStrongBox.Value { get { return Value; } set { Value = (T)value; } }
    }

    // Compile(DebugInfoGenerator) accepts one; the interpreter has no sequence points to mark.
    public abstract class DebugInfoGenerator
    {
        protected DebugInfoGenerator() { }
        public static DebugInfoGenerator CreatePdbGenerator() { throw new PlatformNotSupportedException("Generating PDBs for expression trees is not supported."); }
        public abstract void MarkSequencePoint(System.Linq.Expressions.LambdaExpression method, int ilOffset, System.Linq.Expressions.DebugInfoExpression sequencePoint);
    }

    public interface IRuntimeVariables
    {
        int Count { get; }
        object this[int index] { get; set; }
    }
}
