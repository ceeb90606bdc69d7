package io.github.cloudaccess.server.http;

import io.github.cloudaccess.server.catalogue.Product;
import io.github.cloudaccess.server.cloud.CellEncoding;
import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.cloud.ResponseOptions;
import io.github.cloudaccess.server.query.Fault;
import io.github.cloudaccess.server.query.Params;
import io.github.cloudaccess.server.query.Sia2Query;
import io.github.cloudaccess.server.query.Sia2QueryParser;
import io.github.cloudaccess.server.response.ObsCoreTable;
import io.github.cloudaccess.server.response.ResponseFormat;
import io.github.cloudaccess.server.response.ResultDocument;
import io.github.cloudaccess.server.response.ServiceDescriptors;
import io.github.cloudaccess.server.votable.Xml;
import java.io.IOException;
import java.util.Iterator;

/** SIA 2.0 {query}: every parameter of section 2.1, GET and POST, MAXREC and RESPONSEFORMAT. */
final class Sia2Endpoint extends DaliEndpoint {

  /** Content-Type of SIA 2.0 results (VOTable 8). */
  static final String VOTABLE = "application/x-votable+xml";

  Sia2Endpoint(ServerContext ctx) {
    super(ctx);
  }

  @Override
  String standardId() {
    return ServiceDescriptors.SIA2_ID;
  }

  @Override
  String errorContentType() {
    return VOTABLE;
  }

  @Override
  Job prepare(Params params, ResponseOptions options) throws Fault {
    Sia2Query query = Sia2QueryParser.parse(params);
    long maxRec = maxRec(params);
    ResponseFormat format = ResponseFormat.resolve(params.single("RESPONSEFORMAT"), VOTABLE,
        options.encoding() == CellEncoding.BINARY2);
    ObsCoreTable table = new ObsCoreTable(options, ctx.links());
    ResultDocument.Spec spec = new ResultDocument.Spec(ServiceDescriptors.SIA2_ID,
        table.columns(), "", binary2(format.binary2(), options), options, xml -> {
          ServiceDescriptors.sia2Self(xml, ctx.links());
          ServiceDescriptors.datalink(xml, ctx.links(), options.overrides());
        });
    return new Job() {
      @Override
      public String contentType() {
        return format.contentType();
      }

      @Override
      public void write(Xml xml) throws IOException {
        long total = options.has(Defect.TRUNCATED_STREAM)
            ? Math.min(maxRec, matches(query).count()) : 0;
        Iterator<Object[]> rows = matches(query).map(table::row).iterator();
        ResultDocument.write(xml, spec, rows, maxRec, maxRec == 0, total);
      }
    };
  }

  private java.util.stream.Stream<Product> matches(Sia2Query query) {
    return ctx.catalogue().products().stream().filter(query::matches);
  }
}
