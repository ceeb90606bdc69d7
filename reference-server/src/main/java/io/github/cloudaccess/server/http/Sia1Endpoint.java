package io.github.cloudaccess.server.http;

import io.github.cloudaccess.server.cloud.CellEncoding;
import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.cloud.ResponseOptions;
import io.github.cloudaccess.server.query.Fault;
import io.github.cloudaccess.server.query.Params;
import io.github.cloudaccess.server.query.Sia1Query;
import io.github.cloudaccess.server.query.Sia1QueryParser;
import io.github.cloudaccess.server.response.ResultDocument;
import io.github.cloudaccess.server.response.Sia1Metadata;
import io.github.cloudaccess.server.response.Sia1Table;
import io.github.cloudaccess.server.votable.Xml;
import java.io.IOException;

/**
 * SIA 1.0 query: POS, SIZE (one or two values), INTERSECT, FORMAT (METADATA included); other
 * parameters are ignored as SIA 1.0 requires. MAXREC is honoured when given.
 */
final class Sia1Endpoint extends DaliEndpoint {

  /** The media type SIA 1.0 4.2b names. */
  static final String SIA1_VOTABLE = "text/xml;content=x-votable";

  Sia1Endpoint(ServerContext ctx) {
    super(ctx);
  }

  @Override
  String standardId() {
    return null;
  }

  @Override
  String errorContentType() {
    return SIA1_VOTABLE;
  }

  @Override
  Job prepare(Params params, ResponseOptions options) throws Fault {
    Sia1Table table = new Sia1Table(options, ctx.links());
    if (Sia1QueryParser.isMetadata(params)) {
      return job(xml -> Sia1Metadata.write(xml, table.columns()));
    }
    Sia1Query query = Sia1QueryParser.parse(params);
    long maxRec = maxRec(params);
    ResultDocument.Spec spec = new ResultDocument.Spec(null, table.columns(), "",
        binary2(options.encoding() == CellEncoding.BINARY2, options), options, xml -> { });
    return job(xml -> {
      long total = options.has(Defect.TRUNCATED_STREAM)
          ? Math.min(maxRec, ctx.catalogue().products().stream().filter(query::matches).count())
          : 0;
      var rows = ctx.catalogue().products().stream().filter(query::matches)
          .map(table::row).iterator();
      ResultDocument.write(xml, spec, rows, maxRec, maxRec == 0, total);
    });
  }

  private static Job job(Reply.Body body) {
    return new Job() {
      @Override
      public String contentType() {
        return SIA1_VOTABLE;
      }

      @Override
      public void write(Xml xml) throws IOException {
        body.write(xml);
      }
    };
  }
}
