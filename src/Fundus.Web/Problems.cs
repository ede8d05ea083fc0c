using Fundus.Querying;
using Microsoft.AspNetCore.Http;

namespace Fundus.Web;

/// <summary>RFC 9457 problem answers with messages a reader understands.</summary>
internal static class Problems
{
    public static IResult BadRequest(QueryRejectedException rejected) =>
        Results.Problem(title: "Ungültige Anfrage", detail: rejected.Message, statusCode: StatusCodes.Status400BadRequest);
}
