// Factories of blocks, labels and jumps, loops, switches, try/catch,
// runtime variables and debug information.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace System.Linq.Expressions
{
    public abstract partial class Expression
    {
        public static BlockExpression Block(Expression arg0, Expression arg1) { return Block(new[] { arg0, arg1 }); }
        public static BlockExpression Block(Expression arg0, Expression arg1, Expression arg2) { return Block(new[] { arg0, arg1, arg2 }); }
        public static BlockExpression Block(Expression arg0, Expression arg1, Expression arg2, Expression arg3) { return Block(new[] { arg0, arg1, arg2, arg3 }); }
        public static BlockExpression Block(Expression arg0, Expression arg1, Expression arg2, Expression arg3, Expression arg4) { return Block(new[] { arg0, arg1, arg2, arg3, arg4 }); }
        public static BlockExpression Block(params Expression[] expressions) { return Block((IEnumerable<ParameterExpression>)null, (IEnumerable<Expression>)expressions); }
        public static BlockExpression Block(IEnumerable<Expression> expressions) { return Block((IEnumerable<ParameterExpression>)null, expressions); }
        public static BlockExpression Block(Type type, params Expression[] expressions) { return Block(type, null, (IEnumerable<Expression>)expressions); }
        public static BlockExpression Block(Type type, IEnumerable<Expression> expressions) { return Block(type, null, expressions); }
        public static BlockExpression Block(IEnumerable<ParameterExpression> variables, params Expression[] expressions) { return Block(variables, (IEnumerable<Expression>)expressions); }
        public static BlockExpression Block(Type type, IEnumerable<ParameterExpression> variables, params Expression[] expressions) { return Block(type, variables, (IEnumerable<Expression>)expressions); }

        public static BlockExpression Block(IEnumerable<ParameterExpression> variables, IEnumerable<Expression> expressions)
        {
            if (expressions == null) throw new ArgumentNullException("expressions");
            ReadOnlyCollection<Expression> es = ReadOnly(expressions);
            if (es.Count == 0) throw new ArgumentException("Collection must not be empty.", "expressions");
            return Block(es[es.Count - 1].Type, variables, es);
        }

        public static BlockExpression Block(Type type, IEnumerable<ParameterExpression> variables, IEnumerable<Expression> expressions)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (expressions == null) throw new ArgumentNullException("expressions");
            ReadOnlyCollection<Expression> es = ReadOnly(expressions);
            ReadOnlyCollection<ParameterExpression> vs = ReadOnly(variables);
            if (es.Count == 0)
            {
                if (type != typeof(void)) throw new ArgumentException("Argument types do not match");
                es = new ReadOnlyCollection<Expression>(new Expression[] { Empty() });
            }
            for (int i = 0; i < es.Count; i++) if (es[i] == null) throw new ArgumentNullException("expressions[" + i + "]");
            var seen = new HashSet<ParameterExpression>();
            for (int i = 0; i < vs.Count; i++)
            {
                if (vs[i] == null) throw new ArgumentNullException("variables[" + i + "]");
                if (vs[i].IsByRef) throw new ArgumentException("Variable '" + vs[i].Name + "' uses unsupported type '" + vs[i].Type + "'. Reference types are not supported for variables.", "variables[" + i + "]");
                if (!seen.Add(vs[i])) throw new ArgumentException("Found duplicate parameter '" + vs[i].Name + "'. Each ParameterExpression in the list must be a unique object.", "variables[" + i + "]");
            }
            if (type != typeof(void) && !TypeUtils.AreReferenceAssignable(type, es[es.Count - 1].Type)) throw new ArgumentException("Argument types do not match");
            return new BlockExpression(vs, es, type);
        }

        // ---- labels and jumps ----

        public static LabelTarget Label() { return new LabelTarget(typeof(void), null); }
        public static LabelTarget Label(string name) { return new LabelTarget(typeof(void), name); }
        public static LabelTarget Label(Type type) { return Label(type, null); }
        public static LabelTarget Label(Type type, string name)
        {
            if (type == null) throw new ArgumentNullException("type");
            return new LabelTarget(type, name);
        }

        public static LabelExpression Label(LabelTarget target) { return Label(target, null); }
        public static LabelExpression Label(LabelTarget target, Expression defaultValue)
        {
            if (target == null) throw new ArgumentNullException("target");
            ValidateGoto(target, ref defaultValue, "label", "defaultValue");
            return new LabelExpression(target, defaultValue);
        }

        private static void ValidateGoto(LabelTarget target, ref Expression value, string targetParam, string valueParam)
        {
            if (value == null)
            {
                if (target.Type != typeof(void)) throw new ArgumentException("Label type must be System.Void if an expression is not supplied", targetParam);
                return;
            }
            if (target.Type == typeof(void)) return;
            RequiresCanRead(value, valueParam);
            if (!TypeUtils.AreReferenceAssignable(target.Type, value.Type))
            {
                if (typeof(LambdaExpression).IsAssignableFrom(target.Type) && target.Type.IsInstanceOfType(value)) { value = Quote(value); return; }
                throw new ArgumentException("Expression of type '" + value.Type + "' cannot be used for label of type '" + target.Type + "'");
            }
        }

        public static GotoExpression Break(LabelTarget target) { return MakeGoto(GotoExpressionKind.Break, target, null, typeof(void)); }
        public static GotoExpression Break(LabelTarget target, Expression value) { return MakeGoto(GotoExpressionKind.Break, target, value, typeof(void)); }
        public static GotoExpression Break(LabelTarget target, Type type) { return MakeGoto(GotoExpressionKind.Break, target, null, type); }
        public static GotoExpression Break(LabelTarget target, Expression value, Type type) { return MakeGoto(GotoExpressionKind.Break, target, value, type); }
        public static GotoExpression Continue(LabelTarget target) { return MakeGoto(GotoExpressionKind.Continue, target, null, typeof(void)); }
        public static GotoExpression Continue(LabelTarget target, Type type) { return MakeGoto(GotoExpressionKind.Continue, target, null, type); }
        public static GotoExpression Return(LabelTarget target) { return MakeGoto(GotoExpressionKind.Return, target, null, typeof(void)); }
        public static GotoExpression Return(LabelTarget target, Type type) { return MakeGoto(GotoExpressionKind.Return, target, null, type); }
        public static GotoExpression Return(LabelTarget target, Expression value) { return MakeGoto(GotoExpressionKind.Return, target, value, typeof(void)); }
        public static GotoExpression Return(LabelTarget target, Expression value, Type type) { return MakeGoto(GotoExpressionKind.Return, target, value, type); }
        public static GotoExpression Goto(LabelTarget target) { return MakeGoto(GotoExpressionKind.Goto, target, null, typeof(void)); }
        public static GotoExpression Goto(LabelTarget target, Type type) { return MakeGoto(GotoExpressionKind.Goto, target, null, type); }
        public static GotoExpression Goto(LabelTarget target, Expression value) { return MakeGoto(GotoExpressionKind.Goto, target, value, typeof(void)); }
        public static GotoExpression Goto(LabelTarget target, Expression value, Type type) { return MakeGoto(GotoExpressionKind.Goto, target, value, type); }

        public static GotoExpression MakeGoto(GotoExpressionKind kind, LabelTarget target, Expression value, Type type)
        {
            if (target == null) throw new ArgumentNullException("target");
            if (type == null) throw new ArgumentNullException("type");
            ValidateGoto(target, ref value, "target", "value");
            return new GotoExpression(kind, target, value, type);
        }

        public static LoopExpression Loop(Expression body) { return Loop(body, null, null); }
        public static LoopExpression Loop(Expression body, LabelTarget @break) { return Loop(body, @break, null); }
        public static LoopExpression Loop(Expression body, LabelTarget @break, LabelTarget @continue)
        {
            RequiresCanRead(body, "body");
            if (@continue != null && @continue.Type != typeof(void)) throw new ArgumentException("Type must be System.Void for this label argument", "continue");
            return new LoopExpression(body, @break, @continue);
        }

        // ---- switch ----

        public static SwitchCase SwitchCase(Expression body, params Expression[] testValues) { return SwitchCase(body, (IEnumerable<Expression>)testValues); }
        public static SwitchCase SwitchCase(Expression body, IEnumerable<Expression> testValues)
        {
            RequiresCanRead(body, "body");
            ReadOnlyCollection<Expression> tests = ReadOnly(testValues);
            if (tests.Count == 0) throw new ArgumentException("Non-empty collection required", "testValues");
            for (int i = 0; i < tests.Count; i++) RequiresCanRead(tests[i], "testValues[" + i + "]");
            return new SwitchCase(body, tests);
        }

        public static SwitchExpression Switch(Expression switchValue, params SwitchCase[] cases) { return Switch(switchValue, null, null, (IEnumerable<SwitchCase>)cases); }
        public static SwitchExpression Switch(Expression switchValue, Expression defaultBody, params SwitchCase[] cases) { return Switch(switchValue, defaultBody, null, (IEnumerable<SwitchCase>)cases); }
        public static SwitchExpression Switch(Expression switchValue, Expression defaultBody, MethodInfo comparison, params SwitchCase[] cases) { return Switch(switchValue, defaultBody, comparison, (IEnumerable<SwitchCase>)cases); }
        public static SwitchExpression Switch(Type type, Expression switchValue, Expression defaultBody, MethodInfo comparison, params SwitchCase[] cases) { return Switch(type, switchValue, defaultBody, comparison, (IEnumerable<SwitchCase>)cases); }
        public static SwitchExpression Switch(Expression switchValue, Expression defaultBody, MethodInfo comparison, IEnumerable<SwitchCase> cases) { return Switch(null, switchValue, defaultBody, comparison, cases); }

        public static SwitchExpression Switch(Type type, Expression switchValue, Expression defaultBody, MethodInfo comparison, IEnumerable<SwitchCase> cases)
        {
            RequiresCanRead(switchValue, "switchValue");
            if (switchValue.Type == typeof(void)) throw new ArgumentException("Argument type cannot be System.Void.", "switchValue");
            ReadOnlyCollection<SwitchCase> cs = ReadOnly(cases);
            for (int i = 0; i < cs.Count; i++) if (cs[i] == null) throw new ArgumentNullException("cases[" + i + "]");
            Type resultType = type ?? (cs.Count > 0 ? cs[0].Body.Type : defaultBody != null ? defaultBody.Type : typeof(void));
            if (comparison != null)
            {
                ParameterInfo[] ps = comparison.GetParameters();
                if (ps.Length != 2) throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + comparison + "'", "comparison");
                if (comparison.ReturnType != typeof(bool)) throw new ArgumentException("Test value of type '" + comparison.ReturnType + "' cannot be used for the comparison method parameter of type 'System.Boolean'", "comparison");
            }
            else if (cs.Count > 0)
            {
                Expression firstTest = cs[0].TestValues[0];
                foreach (SwitchCase c in cs)
                    foreach (Expression t in c.TestValues)
                        if (t.Type != switchValue.Type && !(TypeUtils.IsNullableType(switchValue.Type) && TypeUtils.GetNonNullableType(switchValue.Type) == t.Type))
                            throw new ArgumentException("All test values must have the same type.", "cases");
                BinaryExpression eq = Equal(switchValue, firstTest);
                comparison = eq.Method;
            }
            if (type == null && resultType != typeof(void))
            {
                foreach (SwitchCase c in cs)
                    if (c.Body.Type != resultType) throw new ArgumentException("All case bodies and the default body must have the same type.", "cases");
                if (defaultBody != null && defaultBody.Type != resultType) throw new ArgumentException("All case bodies and the default body must have the same type.", "defaultBody");
            }
            if (defaultBody == null && resultType != typeof(void) && cs.Count > 0) throw new ArgumentException("Default body must be supplied if case bodies are not System.Void.", "defaultBody");
            return new SwitchExpression(resultType, switchValue, defaultBody, comparison, cs);
        }

        // ---- try ----

        public static CatchBlock Catch(Type type, Expression body) { return MakeCatchBlock(type, null, body, null); }
        public static CatchBlock Catch(ParameterExpression variable, Expression body) { return MakeCatchBlock(variable == null ? null : variable.Type, variable, body, null); }
        public static CatchBlock Catch(Type type, Expression body, Expression filter) { return MakeCatchBlock(type, null, body, filter); }
        public static CatchBlock Catch(ParameterExpression variable, Expression body, Expression filter) { return MakeCatchBlock(variable == null ? null : variable.Type, variable, body, filter); }

        public static CatchBlock MakeCatchBlock(Type type, ParameterExpression variable, Expression body, Expression filter)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (variable != null && variable.Type != type) throw new ArgumentException("Type of the catch variable must match the catch type", "variable");
            if (variable != null && variable.IsByRef) throw new ArgumentException("Variable '" + variable.Name + "' uses unsupported type. Reference types are not supported for variables.", "variable");
            RequiresCanRead(body, "body");
            if (filter != null)
            {
                RequiresCanRead(filter, "filter");
                if (filter.Type != typeof(bool)) throw new ArgumentException("Argument must be boolean", "filter");
            }
            return new CatchBlock(type, variable, body, filter);
        }

        public static TryExpression TryFault(Expression body, Expression fault) { return MakeTry(null, body, null, fault, null); }
        public static TryExpression TryFinally(Expression body, Expression @finally) { return MakeTry(null, body, @finally, null, null); }
        public static TryExpression TryCatch(Expression body, params CatchBlock[] handlers) { return MakeTry(null, body, null, null, handlers); }
        public static TryExpression TryCatchFinally(Expression body, Expression @finally, params CatchBlock[] handlers) { return MakeTry(null, body, @finally, null, handlers); }

        public static TryExpression MakeTry(Type type, Expression body, Expression @finally, Expression fault, IEnumerable<CatchBlock> handlers)
        {
            RequiresCanRead(body, "body");
            ReadOnlyCollection<CatchBlock> hs = ReadOnly(handlers);
            if (fault != null)
            {
                if (@finally != null || hs.Count > 0) throw new ArgumentException("fault cannot be used with catch or finally clauses", "fault");
                RequiresCanRead(fault, "fault");
            }
            else if (@finally != null) RequiresCanRead(@finally, "finally");
            else if (hs.Count == 0) throw new ArgumentException("try must have at least one catch, finally, or fault clause");
            Type t = type ?? body.Type;
            if (t != typeof(void))
            {
                if (!TypeUtils.AreReferenceAssignable(t, body.Type)) throw new ArgumentException("Argument types do not match");
                foreach (CatchBlock c in hs)
                    if (!TypeUtils.AreReferenceAssignable(t, c.Body.Type))
                        throw new ArgumentException("Body of catch must have the same type as body of try.");
            }
            return new TryExpression(t, body, @finally, fault, hs);
        }

        // ---- runtime variables and debug information ----

        public static RuntimeVariablesExpression RuntimeVariables(params ParameterExpression[] variables) { return RuntimeVariables((IEnumerable<ParameterExpression>)variables); }
        public static RuntimeVariablesExpression RuntimeVariables(IEnumerable<ParameterExpression> variables)
        {
            if (variables == null) throw new ArgumentNullException("variables");
            ReadOnlyCollection<ParameterExpression> vs = ReadOnly(variables);
            for (int i = 0; i < vs.Count; i++) if (vs[i] == null) throw new ArgumentNullException("variables[" + i + "]");
            return new RuntimeVariablesExpression(vs);
        }

        public static SymbolDocumentInfo SymbolDocument(string fileName) { return SymbolDocument(fileName, Guid.Empty, Guid.Empty, SymbolDocumentInfo.TextDocumentType); }
        public static SymbolDocumentInfo SymbolDocument(string fileName, Guid language) { return SymbolDocument(fileName, language, Guid.Empty, SymbolDocumentInfo.TextDocumentType); }
        public static SymbolDocumentInfo SymbolDocument(string fileName, Guid language, Guid languageVendor) { return SymbolDocument(fileName, language, languageVendor, SymbolDocumentInfo.TextDocumentType); }
        public static SymbolDocumentInfo SymbolDocument(string fileName, Guid language, Guid languageVendor, Guid documentType)
        {
            if (fileName == null) throw new ArgumentNullException("fileName");
            return new SymbolDocumentInfo(fileName, language, languageVendor, documentType);
        }

        public static DebugInfoExpression DebugInfo(SymbolDocumentInfo document, int startLine, int startColumn, int endLine, int endColumn)
        {
            if (document == null) throw new ArgumentNullException("document");
            if (startLine == 0xfeefee && startColumn == 0 && endLine == 0xfeefee && endColumn == 0) return new DebugInfoExpression(document, startLine, 0, endLine, 0);
            if (startLine < 1) throw new ArgumentOutOfRangeException("startLine");
            if (startColumn < 1) throw new ArgumentOutOfRangeException("startColumn");
            if (endLine < 1) throw new ArgumentOutOfRangeException("endLine");
            if (endColumn < 1) throw new ArgumentOutOfRangeException("endColumn");
            if (startLine > endLine) throw new ArgumentException("Start line must not be greater than end line.", "startLine");
            if (startLine == endLine && startColumn > endColumn) throw new ArgumentException("Start column must not be greater than end column.", "startColumn");
            return new DebugInfoExpression(document, startLine, startColumn, endLine, endColumn);
        }

        public static DebugInfoExpression ClearDebugInfo(SymbolDocumentInfo document)
        {
            if (document == null) throw new ArgumentNullException("document");
            return new DebugInfoExpression(document, 0xfeefee, 0, 0xfeefee, 0);
        }
    }
}
