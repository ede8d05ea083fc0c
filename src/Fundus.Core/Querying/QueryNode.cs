namespace Fundus.Querying;

/// <summary>A parsed reader query; see <see cref="FundusQueryParser"/> for the grammar.</summary>
public abstract record QueryNode;

/// <summary>A word as typed; <see cref="Prefix"/> for <c>digital*</c>.</summary>
public sealed record WordNode(string Text, bool Prefix = false) : QueryNode;

/// <summary>A quoted phrase: its words as written, in order, nothing stemmed or expanded.</summary>
public sealed record PhraseNode(string Text) : QueryNode;

/// <summary>A query restricted to one model field: <c>autor:Ginzel</c>, <c>ort:"Bad Salzuflen"</c>.</summary>
public sealed record FieldNode(string Field, QueryNode Inner) : QueryNode;

/// <summary>A publication date bound: <c>von:2024-01-01</c>, <c>bis:2024-06-30</c>.</summary>
public sealed record DateNode(DateOnly? From, DateOnly? To) : QueryNode;

/// <summary><c>-wort</c>: hits must not match.</summary>
public sealed record NotNode(QueryNode Inner) : QueryNode;

/// <summary>Words side by side: each must match.</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Items) : QueryNode;

/// <summary><c>a ODER b</c>: one must match.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Items) : QueryNode;
