// Statement-like nodes: blocks, labels and jumps, loops, switches,
// try/catch, runtime variables and debug information.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace System.Linq.Expressions
{
    public class BlockExpression : Expression
    {
        private readonly ReadOnlyCollection<ParameterExpression> _variables;
        private readonly ReadOnlyCollection<Expression> _expressions;
        private readonly Type _type;
        internal BlockExpression(ReadOnlyCollection<ParameterExpression> variables, ReadOnlyCollection<Expression> expressions, Type type)
        {
            _variables = variables; _expressions = expressions; _type = type;
        }
        public ReadOnlyCollection<Expression> Expressions { get { return _expressions; } }
        public ReadOnlyCollection<ParameterExpression> Variables { get { return _variables; } }
        public Expression Result { get { return _expressions[_expressions.Count - 1]; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Block; } }
        public override Type Type { get { return _type; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitBlock(this); }
        public BlockExpression Update(IEnumerable<ParameterExpression> variables, IEnumerable<Expression> expressions)
        {
            if (expressions != null && SameElements(variables as ICollection<ParameterExpression> ?? (variables == null ? null : new List<ParameterExpression>(variables)), _variables) &&
                SameElements(expressions as ICollection<Expression> ?? new List<Expression>(expressions), _expressions)) return this;
            return Expression.Block(Type, variables, expressions);
        }
    }

    public sealed class LabelTarget
    {
        private readonly Type _type;
        private readonly string _name;
        internal LabelTarget(Type type, string name) { _type = type; _name = name; }
        public string Name { get { return _name; } }
        public Type Type { get { return _type; } }
        public override string ToString() { return string.IsNullOrEmpty(_name) ? "UnamedLabel" : _name; }
    }

    public sealed class LabelExpression : Expression
    {
        private readonly LabelTarget _target;
        private readonly Expression _defaultValue;
        internal LabelExpression(LabelTarget target, Expression defaultValue) { _target = target; _defaultValue = defaultValue; }
        public LabelTarget Target { get { return _target; } }
        public Expression DefaultValue { get { return _defaultValue; } }
        public sealed override Type Type { get { return _target.Type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Label; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitLabel(this); }
        public LabelExpression Update(LabelTarget target, Expression defaultValue)
        {
            if (target == _target && defaultValue == _defaultValue) return this;
            return Expression.Label(target, defaultValue);
        }
    }

    public sealed class GotoExpression : Expression
    {
        private readonly GotoExpressionKind _kind;
        private readonly Expression _value;
        private readonly LabelTarget _target;
        private readonly Type _type;
        internal GotoExpression(GotoExpressionKind kind, LabelTarget target, Expression value, Type type)
        {
            _kind = kind; _value = value; _target = target; _type = type;
        }
        public sealed override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Goto; } }
        public Expression Value { get { return _value; } }
        public LabelTarget Target { get { return _target; } }
        public GotoExpressionKind Kind { get { return _kind; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitGoto(this); }
        public GotoExpression Update(LabelTarget target, Expression value)
        {
            if (target == _target && value == _value) return this;
            return Expression.MakeGoto(_kind, target, value, Type);
        }
    }

    public sealed class LoopExpression : Expression
    {
        private readonly Expression _body;
        private readonly LabelTarget _break, _continue;
        internal LoopExpression(Expression body, LabelTarget @break, LabelTarget @continue) { _body = body; _break = @break; _continue = @continue; }
        public sealed override Type Type { get { return _break == null ? typeof(void) : _break.Type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Loop; } }
        public Expression Body { get { return _body; } }
        public LabelTarget BreakLabel { get { return _break; } }
        public LabelTarget ContinueLabel { get { return _continue; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitLoop(this); }
        public LoopExpression Update(LabelTarget breakLabel, LabelTarget continueLabel, Expression body)
        {
            if (breakLabel == _break && continueLabel == _continue && body == _body) return this;
            return Expression.Loop(body, breakLabel, continueLabel);
        }
    }

    public sealed class SwitchCase
    {
        private readonly ReadOnlyCollection<Expression> _testValues;
        private readonly Expression _body;
        internal SwitchCase(Expression body, ReadOnlyCollection<Expression> testValues) { _body = body; _testValues = testValues; }
        public ReadOnlyCollection<Expression> TestValues { get { return _testValues; } }
        public Expression Body { get { return _body; } }
        public override string ToString() { return ExpressionStringBuilder.SwitchCaseToString(this); }
        public SwitchCase Update(IEnumerable<Expression> testValues, Expression body)
        {
            if (body == _body && testValues != null && Expression.SameElements(testValues as ICollection<Expression> ?? new List<Expression>(testValues), _testValues)) return this;
            return Expression.SwitchCase(body, testValues);
        }
    }

    public sealed class SwitchExpression : Expression
    {
        private readonly Type _type;
        private readonly Expression _switchValue, _defaultBody;
        private readonly ReadOnlyCollection<SwitchCase> _cases;
        private readonly MethodInfo _comparison;
        internal SwitchExpression(Type type, Expression switchValue, Expression defaultBody, MethodInfo comparison, ReadOnlyCollection<SwitchCase> cases)
        {
            _type = type; _switchValue = switchValue; _defaultBody = defaultBody; _comparison = comparison; _cases = cases;
        }
        public sealed override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Switch; } }
        public Expression SwitchValue { get { return _switchValue; } }
        public ReadOnlyCollection<SwitchCase> Cases { get { return _cases; } }
        public Expression DefaultBody { get { return _defaultBody; } }
        public MethodInfo Comparison { get { return _comparison; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitSwitch(this); }
        public SwitchExpression Update(Expression switchValue, IEnumerable<SwitchCase> cases, Expression defaultBody)
        {
            if (switchValue == _switchValue && defaultBody == _defaultBody && cases != null &&
                SameElements(cases as ICollection<SwitchCase> ?? new List<SwitchCase>(cases), _cases)) return this;
            return Expression.Switch(Type, switchValue, defaultBody, _comparison, cases);
        }
    }

    public sealed class CatchBlock
    {
        private readonly Type _test;
        private readonly ParameterExpression _variable;
        private readonly Expression _body, _filter;
        internal CatchBlock(Type test, ParameterExpression variable, Expression body, Expression filter)
        {
            _test = test; _variable = variable; _body = body; _filter = filter;
        }
        public ParameterExpression Variable { get { return _variable; } }
        public Type Test { get { return _test; } }
        public Expression Body { get { return _body; } }
        public Expression Filter { get { return _filter; } }
        public override string ToString() { return ExpressionStringBuilder.CatchBlockToString(this); }
        public CatchBlock Update(ParameterExpression variable, Expression filter, Expression body)
        {
            if (variable == _variable && filter == _filter && body == _body) return this;
            return Expression.MakeCatchBlock(_test, variable, body, filter);
        }
    }

    public sealed class TryExpression : Expression
    {
        private readonly Type _type;
        private readonly Expression _body, _finally, _fault;
        private readonly ReadOnlyCollection<CatchBlock> _handlers;
        internal TryExpression(Type type, Expression body, Expression @finally, Expression fault, ReadOnlyCollection<CatchBlock> handlers)
        {
            _type = type; _body = body; _finally = @finally; _fault = fault; _handlers = handlers;
        }
        public sealed override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Try; } }
        public Expression Body { get { return _body; } }
        public ReadOnlyCollection<CatchBlock> Handlers { get { return _handlers; } }
        public Expression Finally { get { return _finally; } }
        public Expression Fault { get { return _fault; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitTry(this); }
        public TryExpression Update(Expression body, IEnumerable<CatchBlock> handlers, Expression @finally, Expression fault)
        {
            if (body == _body && @finally == _finally && fault == _fault &&
                SameElements(handlers as ICollection<CatchBlock> ?? (handlers == null ? null : new List<CatchBlock>(handlers)), _handlers)) return this;
            return Expression.MakeTry(Type, body, @finally, fault, handlers);
        }
    }

    public sealed class RuntimeVariablesExpression : Expression
    {
        private readonly ReadOnlyCollection<ParameterExpression> _variables;
        internal RuntimeVariablesExpression(ReadOnlyCollection<ParameterExpression> variables) { _variables = variables; }
        public sealed override Type Type { get { return typeof(System.Runtime.CompilerServices.IRuntimeVariables); } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.RuntimeVariables; } }
        public ReadOnlyCollection<ParameterExpression> Variables { get { return _variables; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitRuntimeVariables(this); }
        public RuntimeVariablesExpression Update(IEnumerable<ParameterExpression> variables)
        {
            if (variables != null && SameElements(variables as ICollection<ParameterExpression> ?? new List<ParameterExpression>(variables), _variables)) return this;
            return Expression.RuntimeVariables(variables);
        }
    }

    public class SymbolDocumentInfo
    {
        private readonly string _fileName;
        private readonly Guid _language, _vendor, _documentType;
        internal SymbolDocumentInfo(string fileName, Guid language, Guid vendor, Guid documentType)
        {
            _fileName = fileName; _language = language; _vendor = vendor; _documentType = documentType;
        }
        internal static readonly Guid TextDocumentType = new Guid("5a869d0b-6611-11d3-bd2a-0000f80849bd");
        public string FileName { get { return _fileName; } }
        public virtual Guid Language { get { return _language; } }
        public virtual Guid LanguageVendor { get { return _vendor; } }
        public virtual Guid DocumentType { get { return _documentType; } }
    }

    public class DebugInfoExpression : Expression
    {
        private readonly SymbolDocumentInfo _document;
        private readonly int _startLine, _startColumn, _endLine, _endColumn;
        internal DebugInfoExpression(SymbolDocumentInfo document, int startLine, int startColumn, int endLine, int endColumn)
        {
            _document = document; _startLine = startLine; _startColumn = startColumn; _endLine = endLine; _endColumn = endColumn;
        }
        public sealed override Type Type { get { return typeof(void); } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.DebugInfo; } }
        public virtual int StartLine { get { return _startLine; } }
        public virtual int StartColumn { get { return _startColumn; } }
        public virtual int EndLine { get { return _endLine; } }
        public virtual int EndColumn { get { return _endColumn; } }
        public SymbolDocumentInfo Document { get { return _document; } }
        public virtual bool IsClear { get { return _startLine == 0xfeefee; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitDebugInfo(this); }
    }

    public abstract class LambdaExpression : Expression
    {
        private readonly Expression _body;
        private readonly string _name;
        private readonly bool _tailCall;
        private readonly ReadOnlyCollection<ParameterExpression> _parameters;
        private readonly Type _delegateType;

        internal LambdaExpression(Type delegateType, Expression body, string name, bool tailCall, ReadOnlyCollection<ParameterExpression> parameters)
        {
            _delegateType = delegateType; _body = body; _name = name; _tailCall = tailCall; _parameters = parameters;
        }

        public sealed override Type Type { get { return _delegateType; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Lambda; } }
        public ReadOnlyCollection<ParameterExpression> Parameters { get { return _parameters; } }
        public string Name { get { return _name; } }
        public Expression Body { get { return _body; } }
        public Type ReturnType { get { return Type.GetMethod("Invoke").ReturnType; } }
        public bool TailCall { get { return _tailCall; } }

        public Delegate Compile() { return Interpreter.LambdaCompiler.Compile(this); }
        public Delegate Compile(bool preferInterpretation) { return Compile(); }
        public Delegate Compile(System.Runtime.CompilerServices.DebugInfoGenerator debugInfoGenerator) { return Compile(); }

        // Expression<TDelegate> for a delegate type known only at run time.
        internal static LambdaExpression Create(Type delegateType, Expression body, string name, bool tailCall, ReadOnlyCollection<ParameterExpression> parameters)
        {
            Type generic = typeof(Expression<>).MakeGenericType(delegateType);
            ConstructorInfo ctor = generic.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance)[0];
            return (LambdaExpression)ctor.Invoke(new object[] { body, name, tailCall, parameters });
        }
    }

    public sealed class Expression<TDelegate> : LambdaExpression
    {
        internal Expression(Expression body, string name, bool tailCall, ReadOnlyCollection<ParameterExpression> parameters)
            : base(typeof(TDelegate), body, name, tailCall, parameters) { }

        public new TDelegate Compile() { return (TDelegate)(object)base.Compile(); }
        public new TDelegate Compile(bool preferInterpretation) { return Compile(); }
        public new TDelegate Compile(System.Runtime.CompilerServices.DebugInfoGenerator debugInfoGenerator) { return Compile(); }

        public Expression<TDelegate> Update(Expression body, IEnumerable<ParameterExpression> parameters)
        {
            if (body == Body && parameters != null && SameElements(parameters as ICollection<ParameterExpression> ?? new List<ParameterExpression>(parameters), Parameters)) return this;
            return Expression.Lambda<TDelegate>(body, Name, TailCall, parameters);
        }

        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitLambda(this); }
    }
}
