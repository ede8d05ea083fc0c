using System.Globalization;
using System.Text;

namespace Fundus.Querying;

/// <summary>
/// Parses what a reader types into a <see cref="QueryNode"/>. Any input parses: what the grammar cannot use is
/// read as words, and only input over the bounds is rejected, with a message, before any recursion runs.
/// <code>
/// query   = or
/// or      = and { ("ODER" | "OR" | "|") and }
/// and     = unary { ["UND" | "AND"] unary }
/// unary   = ("-" | "NICHT" | "NOT") primary | primary
/// primary = "(" or [")"] | field ":" (phrase | "(" or [")"] | word) | date | phrase | word
/// field   = "autor" | "format" | "ort" | "thema"         (also: author, place, topic)
/// date    = ("von" | "bis") ":" yyyy-mm-dd                (also: from, to; yyyy and yyyy-mm)
/// phrase  = '"' any characters ['"']                      (an unclosed quote ends at the end of input)
/// word    = characters other than space, quotes and parentheses, with an optional trailing "*"
///           (a prefix, at least three letters before it)
/// </code>
/// Bounds: <see cref="MaxLength"/> characters, <see cref="MaxTerms"/> words and phrases, <see cref="MaxDepth"/>
/// levels of parentheses. A closing parenthesis without an opening one is ignored; a missing one is supplied.
/// </summary>
public static class FundusQueryParser
{
    public const int MaxLength = 1_000;
    public const int MaxTerms = 32;
    public const int MaxDepth = 8;
    public const int MinPrefixLength = 3;

    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["autor"] = ArticleFields.Authors, ["autorin"] = ArticleFields.Authors, ["author"] = ArticleFields.Authors,
        ["format"] = ArticleFields.Format,
        ["ort"] = ArticleFields.Places, ["place"] = ArticleFields.Places,
        ["thema"] = ArticleFields.Topics, ["topic"] = ArticleFields.Topics,
    };

    /// <summary>Parses <paramref name="text"/>; null or blank is the empty query (every article).</summary>
    public static QueryNode Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new AndNode([]);
        }

        if (text.Length > MaxLength)
        {
            throw new QueryRejectedException($"Die Suchanfrage ist zu lang ({text.Length:N0} Zeichen; höchstens {MaxLength:N0}).");
        }

        var tokens = Lex(text);
        var cursor = new Cursor(tokens);
        var query = ParseOr(cursor, depth: 0);
        return query;
    }

    private static QueryNode ParseOr(Cursor cursor, int depth)
    {
        var items = new List<QueryNode> { ParseAnd(cursor, depth) };
        while (cursor.Peek()?.Kind == TokenKind.Or)
        {
            cursor.Next();
            items.Add(ParseAnd(cursor, depth));
        }

        items.RemoveAll(i => i is AndNode { Items.Count: 0 });
        return items.Count == 1 ? items[0] : items.Count == 0 ? new AndNode([]) : new OrNode(items);
    }

    private static QueryNode ParseAnd(Cursor cursor, int depth)
    {
        var items = new List<QueryNode>();
        while (cursor.Peek() is { } token && token.Kind is not (TokenKind.Or or TokenKind.Close))
        {
            if (ParseUnary(cursor, depth) is { } node)
            {
                items.Add(node);
            }
        }

        return items.Count == 1 && items[0] is not NotNode ? items[0] : new AndNode(items);
    }

    private static QueryNode? ParseUnary(Cursor cursor, int depth)
    {
        if (cursor.Peek()?.Kind == TokenKind.Not)
        {
            cursor.Next();
            return ParsePrimary(cursor, depth) is { } inner ? new NotNode(inner) : null;
        }

        return ParsePrimary(cursor, depth);
    }

    private static QueryNode? ParsePrimary(Cursor cursor, int depth)
    {
        var token = cursor.Next();
        switch (token?.Kind)
        {
            case TokenKind.Open:
                var group = ParseOr(cursor, depth + 1);
                if (cursor.Peek()?.Kind == TokenKind.Close)
                {
                    cursor.Next();
                }

                return group;
            case TokenKind.Phrase:
                return token.Text.Length == 0 ? null : new PhraseNode(token.Text);
            case TokenKind.Field:
                return ParseField(cursor, token, depth);
            case TokenKind.Word:
                return Word(token.Text);
            default:
                // A stray operator (ODER at the start, a lone minus) means nothing.
                return null;
        }
    }

    private static QueryNode? ParseField(Cursor cursor, Token token, int depth)
    {
        var (name, value) = (token.Text, token.Value);
        if (name is "von" or "from" or "bis" or "to")
        {
            var date = ParseDate(value, end: name is "bis" or "to");
            return name is "von" or "from" ? new DateNode(date, null) : new DateNode(null, date);
        }

        QueryNode? inner;
        if (value.Length > 0)
        {
            inner = Word(value);
        }
        else if (cursor.Peek()?.Kind is TokenKind.Phrase or TokenKind.Open or TokenKind.Word)
        {
            inner = ParsePrimary(cursor, depth);
        }
        else
        {
            inner = null;
        }

        return inner is null ? null : new FieldNode(Fields[name], inner);
    }

    private static WordNode? Word(string text)
    {
        var prefix = text.EndsWith('*');
        var word = text.TrimEnd('*');
        if (word.Length == 0)
        {
            return null;
        }

        // A prefix of fewer than three letters would expand to half the vocabulary: search the word itself.
        return new WordNode(word, prefix && word.Count(char.IsLetterOrDigit) >= MinPrefixLength);
    }

    private static DateOnly ParseDate(string text, bool end)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy", "dd.MM.yyyy"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (end && text.Length == 4)
            {
                return new DateOnly(date.Year, 12, 31);
            }

            return end && text.Length == 7 ? date.AddMonths(1).AddDays(-1) : date;
        }

        throw new QueryRejectedException($"„{Shorten(text)}“ ist kein Datum; bitte so schreiben: 2024-06-30.");
    }

    private static List<Token> Lex(string text)
    {
        var tokens = new List<Token>();
        var depth = 0;
        var terms = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (c is '(' or ')')
            {
                if (c == '(' && ++depth > MaxDepth)
                {
                    throw new QueryRejectedException($"Die Suchanfrage ist zu tief geklammert (höchstens {MaxDepth} Ebenen).");
                }

                if (c == ')' && depth == 0)
                {
                    // Nothing to close: ignore it.
                    i++;
                    continue;
                }

                depth = c == ')' ? depth - 1 : depth;
                tokens.Add(new Token(c == '(' ? TokenKind.Open : TokenKind.Close, string.Empty));
                i++;
                continue;
            }

            if (c is '"' or '„' or '“' or '”')
            {
                var close = text.IndexOfAny(['"', '“', '”'], i + 1);
                var end = close < 0 ? text.Length : close;
                tokens.Add(new Token(TokenKind.Phrase, Clean(text[(i + 1)..end])));
                CountTerm(ref terms);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"' or '„' or '“' or '”'))
            {
                i++;
            }

            var word = text[start..i];
            if (Operator(word, tokens) is { } op)
            {
                tokens.Add(op);
                continue;
            }

            if (word.Length > 1 && word[0] is '-' or '+' && char.IsLetterOrDigit(word[1]))
            {
                if (word[0] == '-')
                {
                    tokens.Add(new Token(TokenKind.Not, string.Empty));
                }

                word = word[1..];
            }
            else if (word is "-" or "+")
            {
                // "-" before a quote or parenthesis negates it; alone it means nothing.
                if (word == "-" && i < text.Length && text[i] is '"' or '(' or '„')
                {
                    tokens.Add(new Token(TokenKind.Not, string.Empty));
                }

                continue;
            }

            var colon = word.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && word[..colon].ToLowerInvariant() is var field && (Fields.ContainsKey(field) || field is "von" or "bis" or "from" or "to"))
            {
                tokens.Add(new Token(TokenKind.Field, field, word[(colon + 1)..]));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Word, word));
            }

            CountTerm(ref terms);
        }

        return tokens;
    }

    private static Token? Operator(string word, List<Token> tokens)
    {
        switch (word)
        {
            case "ODER" or "OR" or "|" or "||":
                return new Token(TokenKind.Or, string.Empty);
            case "UND" or "AND" or "&&":
                // Words combine with AND anyway.
                return new Token(TokenKind.And, string.Empty);
            case "NICHT" or "NOT" when tokens.Count == 0 || tokens[^1].Kind != TokenKind.Not:
                return new Token(TokenKind.Not, string.Empty);
            default:
                return null;
        }
    }

    private static void CountTerm(ref int terms)
    {
        if (++terms > MaxTerms)
        {
            throw new QueryRejectedException($"Die Suchanfrage hat zu viele Begriffe (höchstens {MaxTerms}).");
        }
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";

    private enum TokenKind
    {
        Word,
        Phrase,
        Field,
        Open,
        Close,
        Or,
        And,
        Not,
    }

    private sealed record Token(TokenKind Kind, string Text, string Value = "");

    private sealed class Cursor(List<Token> tokens)
    {
        private int _index;

        public Token? Peek()
        {
            // AND is the default: skip it wherever it stands.
            while (_index < tokens.Count && tokens[_index].Kind == TokenKind.And)
            {
                _index++;
            }

            return _index < tokens.Count ? tokens[_index] : null;
        }

        public Token? Next()
        {
            var token = Peek();
            if (token is not null)
            {
                _index++;
            }

            return token;
        }
    }
}
