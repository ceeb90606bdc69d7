package io.github.cloudaccess.server.http;

import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.cloud.ResponseOptions;
import io.github.cloudaccess.server.query.Fault;
import io.github.cloudaccess.server.query.Params;
import io.github.cloudaccess.server.response.LinksTable;
import io.github.cloudaccess.server.response.ObsCoreTable;
import io.github.cloudaccess.server.response.ResponseFormat;
import io.github.cloudaccess.server.response.ResultDocument;
import io.github.cloudaccess.server.response.ServiceDescriptors;
import io.github.cloudaccess.server.votable.Xml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * DataLink {links}: ID is multi-valued; all rows of one ID are contiguous; beyond
 * {@link #MAX_IDS} IDs the response is cut between IDs and flagged OVERFLOW (DataLink 2.1.1).
 * TABLEDATA unless the request itself asks for BINARY2 (DataLink 3.3.1).
 */
final class DataLinkEndpoint extends DaliEndpoint {

  /** Most IDs resolved per request. */
  static final int MAX_IDS = 100;

  DataLinkEndpoint(ServerContext ctx) {
    super(ctx);
  }

  @Override
  String standardId() {
    return ServiceDescriptors.DATALINK_ID;
  }

  @Override
  String errorContentType() {
    return Sia2Endpoint.VOTABLE;
  }

  @Override
  Job prepare(Params params, ResponseOptions options) throws Fault {
    ResponseFormat format = ResponseFormat.resolve(params.single("RESPONSEFORMAT"),
        ObsCoreTable.DATALINK_MIME, options.binary2Requested());
    List<String> ids = params.all("ID");
    LinksTable table = new LinksTable(options, ctx.links());
    List<List<Object[]>> perId = new ArrayList<>();
    for (String id : ids.subList(0, Math.min(ids.size(), MAX_IDS))) {
      perId.add(ctx.catalogue().byPublisherDid(id).map(p -> table.rows(id, p))
          .orElseGet(() -> List.<Object[]>of(table.notFound(id))));
    }
    List<Object[]> rows = new ArrayList<>();
    if (options.has(Defect.NON_CONTIGUOUS_IDS)) {
      // Row k of every ID, then row k+1 of every ID: one ID's rows are no longer together.
      for (int k = 0; k < 3; k++) {
        for (List<Object[]> r : perId) {
          if (k < r.size()) {
            rows.add(r.get(k));
          }
        }
      }
    } else {
      perId.forEach(rows::addAll);
    }
    boolean overflow = ids.size() > MAX_IDS;
    ResultDocument.Spec spec = new ResultDocument.Spec(ServiceDescriptors.DATALINK_ID,
        table.columns(), "", binary2(format.binary2(), options), options, xml -> { });
    return new Job() {
      @Override
      public String contentType() {
        return format.contentType();
      }

      @Override
      public void write(Xml xml) throws IOException {
        ResultDocument.write(xml, spec, rows.iterator(), Long.MAX_VALUE, overflow, rows.size());
      }
    };
  }
}
