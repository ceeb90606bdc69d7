package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.schema.AwsLocation;
import io.github.cloudaccess.schema.AzureLocation;
import io.github.cloudaccess.schema.CloudAccess;
import io.github.cloudaccess.schema.CloudAccessParser;
import io.github.cloudaccess.schema.GoogleLocation;
import io.github.cloudaccess.schema.Location;
import io.github.cloudaccess.schema.OtherLocation;
import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * W-DLK-CLDX: when both the discovery table and a row's DataLink {links} carry
 * {@code cloud_access}, the two must name the same objects (provider, bucket or container, key).
 * A value that does not parse is not compared (the CLD stage reports it).
 */
final class CloudCrossCheck {

  private CloudCrossCheck() {}

  /**
   * @param links the {links} answer
   * @param thisRows its #this rows
   * @param discovery the discovery answer's facts
   * @param row the discovery row the links belong to
   * @param profile the cloud_access profile
   */
  static void check(StepOutcome links, List<ThisRows.Link> thisRows, VotableFacts discovery,
      SampleRow row, Profile profile) {
    Optional<Column> cloud = discovery.column("cloud_access");
    if (cloud.isEmpty() || links.facts().column("cloud_access").isEmpty()) {
      return;
    }
    String did = row.text(discovery.column("obs_publisher_did").orElse(null));
    List<ThisRows.Link> mine = did != null && thisRows.stream().anyMatch(l -> did.equals(l.id()))
        ? thisRows.stream().filter(l -> did.equals(l.id())).toList() : thisRows;
    CloudAccessParser parser = CloudAccessParser.forProfile(profile);
    Set<String> inTable = objects(parser, row.text(cloud.get()));
    Set<String> inLinks = new TreeSet<>();
    for (ThisRows.Link l : mine) {
      Set<String> o = objects(parser, l.cloud());
      if (o == null) {
        return;
      }
      inLinks.addAll(o);
    }
    if (inTable == null || inTable.equals(inLinks)) {
      return;
    }
    Set<String> onlyTable = new TreeSet<>(inTable);
    onlyTable.removeAll(inLinks);
    Set<String> onlyLinks = new TreeSet<>(inLinks);
    onlyLinks.removeAll(inTable);
    links.reporter().report(new Finding(Code.W_DLK_CLDX, "Discovery row " + row.number()
        + " and the #this rows of its DataLink name different cloud objects: only in the"
        + " discovery table " + first(onlyTable) + "; only in DataLink " + first(onlyLinks) + ".",
        Position.of(links.uri().toString()), "publish the same cloud copies in both places"));
  }

  /** @return the objects a value names, empty for a null cell, {@code null} when unparsable */
  private static Set<String> objects(CloudAccessParser parser, String text) {
    Set<String> out = new TreeSet<>();
    if (text == null) {
      return out;
    }
    Optional<CloudAccess> value = parser.parse(text).value();
    if (value.isEmpty()) {
      return null;
    }
    for (Location l : value.get().locations()) {
      out.add(identity(l));
    }
    return out;
  }

  private static String identity(Location l) {
    if (l instanceof AwsLocation a) {
      return a.s3Uri();
    } else if (l instanceof GoogleLocation g) {
      return "gs://" + g.bucketName() + "/" + g.objectName();
    } else if (l instanceof AzureLocation z) {
      return "azure://" + z.accountName() + "/" + z.containerName() + "/" + z.blobName();
    }
    OtherLocation o = (OtherLocation) l;
    return o.provider() + ":" + o.json();
  }

  private static String first(Set<String> s) {
    if (s.isEmpty()) {
      return "none";
    }
    String f = s.iterator().next();
    return (f.length() > 200 ? f.substring(0, 200) + "..." : f)
        + (s.size() > 1 ? " and " + (s.size() - 1) + " more" : "");
  }
}
