// The root of expression trees: node type, result type, reduction of
// extension nodes, visiting, and ToString through ExpressionStringBuilder.
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace System.Linq.Expressions
{
    public abstract partial class Expression
    {
        // Set only by the obsolete constructor (.NET 3.5-style extension nodes).
        private readonly ExpressionType? _legacyNodeType;
        private readonly Type _legacyType;

        protected Expression() { }

        [Obsolete("use a different constructor that does not take ExpressionType. Then override NodeType and Type properties to provide the values that would be specified to this constructor.")]
        protected Expression(ExpressionType nodeType, Type type)
        {
            _legacyNodeType = nodeType;
            _legacyType = type;
        }

        public virtual ExpressionType NodeType
        {
            get
            {
                if (_legacyNodeType.HasValue) return _legacyNodeType.Value;
                throw new InvalidOperationException("Extension node must override the property Expression.NodeType.");
            }
        }

        public virtual Type Type
        {
            get
            {
                if (_legacyNodeType.HasValue) return _legacyType;
                throw new InvalidOperationException("Extension node must override the property Expression.Type.");
            }
        }

        public virtual bool CanReduce { get { return false; } }

        public virtual Expression Reduce()
        {
            if (CanReduce) throw new ArgumentException("Must be reducible node");
            return this;
        }

        public Expression ReduceAndCheck()
        {
            if (!CanReduce) throw new ArgumentException("Must be reducible node");
            Expression r = Reduce();
            if (r == null || r == this) throw new ArgumentException("Must reduce to a different node");
            if (!TypeUtils.AreReferenceAssignable(Type, r.Type)) throw new ArgumentException("Reducible nodes must override Expression.Reduce()");
            return r;
        }

        public Expression ReduceExtensions()
        {
            Expression node = this;
            while (node.NodeType == ExpressionType.Extension) node = node.ReduceAndCheck();
            return node;
        }

        protected internal virtual Expression Accept(ExpressionVisitor visitor) { return visitor.VisitExtension(this); }

        protected internal virtual Expression VisitChildren(ExpressionVisitor visitor)
        {
            if (!CanReduce) throw new ArgumentException("Must be reducible node");
            return visitor.Visit(ReduceAndCheck());
        }

        public override string ToString() { return ExpressionStringBuilder.ExpressionToString(this); }

        internal static ReadOnlyCollection<T> ReadOnly<T>(IEnumerable<T> items)
        {
            if (items == null) return new ReadOnlyCollection<T>(new T[0]);
            ReadOnlyCollection<T> ro = items as ReadOnlyCollection<T>;
            if (ro != null) return ro;
            return new ReadOnlyCollection<T>(new List<T>(items).ToArray());
        }

        internal static bool SameElements<T>(ICollection<T> replacement, IReadOnlyList<T> current) where T : class
        {
            if (replacement == current) return true;
            if (replacement == null) return current.Count == 0;
            if (replacement.Count != current.Count) return false;
            int i = 0;
            foreach (T item in replacement) if (item != current[i++]) return false;
            return true;
        }
    }
}
