package io.github.cloudaccess.validator.dal;

import io.github.cloudaccess.validator.votable.InfoElement;
import io.github.cloudaccess.validator.votable.ResourceInfo;
import java.util.ArrayList;
import java.util.List;

/** Finds the QUERY_STATUS INFOs of a results RESOURCE by position (DALI 4.4). */
final class QueryStatus {

  private QueryStatus() {}

  /** @return the QUERY_STATUS INFOs that are direct children of the RESOURCE before its TABLE */
  static List<InfoElement> leading(ResourceInfo r) {
    List<InfoElement> list = new ArrayList<>();
    for (InfoElement i : r.infos()) {
      if (i.isQueryStatus() && !i.inTable() && !i.afterTable()) {
        list.add(i);
      }
    }
    return list;
  }

  /** @return the QUERY_STATUS INFOs that follow the TABLE in the RESOURCE */
  static List<InfoElement> trailing(ResourceInfo r) {
    List<InfoElement> list = new ArrayList<>();
    for (InfoElement i : r.infos()) {
      if (i.isQueryStatus() && !i.inTable() && i.afterTable()) {
        list.add(i);
      }
    }
    return list;
  }

  /** @return true when a QUERY_STATUS of the RESOURCE says ERROR */
  static boolean failed(ResourceInfo r) {
    for (InfoElement i : r.infos()) {
      if (i.isQueryStatus() && "ERROR".equals(i.value())) {
        return true;
      }
    }
    return false;
  }
}
