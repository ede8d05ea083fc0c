using Fundus.Querying;
using Microsoft.AspNetCore.Http;

namespace Fundus.Web;

/// <summary>RFC 9457 problem answers with messages a reader understands.</summary>
internal static class Problems
{
    public static IResult BadRequest(QueryRejectedException rejected) => Invalid(rejected.Message);

    public static IResult Invalid(string detail) =>
        Results.Problem(title: "Ungültige Anfrage", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
