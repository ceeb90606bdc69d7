package io.github.cloudaccess.schema;

import static io.github.cloudaccess.schema.JsonModel.arr;
import static io.github.cloudaccess.schema.JsonModel.obj;

import io.github.cloudaccess.schema.JsonModel.Arr;
import io.github.cloudaccess.schema.JsonModel.Member;
import io.github.cloudaccess.schema.JsonModel.Node;
import io.github.cloudaccess.schema.JsonModel.Obj;
import io.github.cloudaccess.schema.JsonModel.Raw;
import io.github.cloudaccess.schema.JsonModel.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Systematic mutations of typical {@code cloud_access} values: every member removed, renamed
 * (legacy, {@code uri}, unknown, other case, another provider's name), duplicated, retyped, and
 * every string replaced by the edge cases of its kind; every array and container reshaped; the
 * providers renamed, repeated and emptied. Used to compare the fast path with the full path.
 */
final class ValueMutations {

  private ValueMutations() {}

  /** The values the mutations start from: the shapes the fast path is for, and some near them. */
  static final List<Obj> BASES = List.of(
      obj("aws", obj("bucket_name", "nasa-irsa-euclid-q1", "key", "q1/MER/102158277/VIS/EUC_MER_BGSUB-MOSAIC-VIS"
          + "_TILE102158277-A3C9A5_20241023T213456.794914Z_00.00.fits", "region", "us-east-1")),
      obj("aws", arr(obj("bucket_name", "stpubdata", "key", "hst/public/jbev/jbeveo010/jbeveo010_drz.fits",
          "region", "us-east-1", "access", "open"))),
      obj("aws", arr(obj("bucket_name", "stpubdata", "key", "a/b.fits", "region", "us-east-1", "access", "open"),
          obj("access", "none", "key", "/a//b/", "bucket_name", "stpubdata-west", "region", "us-west-2"))),
      obj("aws", arr(obj("bucket_name", "stpubdata", "key", "x.fits", "region", "eu-central-1", "access", "region")),
          "google", arr(obj("bucket_name", "gcs-bucket", "object_name", "o/x.fits", "region", "us-central1",
              "access", "restricted")),
          "azure", arr(obj("account_name", "acct", "container_name", "hst-public", "blob_name", "b/x.fits",
              "region", "eastus", "access", "open"))),
      obj("google", obj("bucket_name", "gcs.bucket", "object_name", "o/x.fits"),
          "azure", obj("account_name", "acct", "container_name", "cont", "blob_name", "b.fits")),
      obj("aws", obj("bucket", "heasarc-bucket", "path", "/FTP/x.fits", "region", "us-east-1")),
      obj("aws", arr(obj("uri", "s3://stpubdata/hst/x.fits", "region", "us-east-1", "access", "open"))));

  private static final List<String> RENAMES = List.of(
      "bucket", "path", "uri", "x", "Key", "KEY", "bucket_name ", "object_name", "blob_name", "key", "region",
      "access", "bucket_name", "requester_pays", "", "a/b~c");

  private static final List<Node> RETYPES = List.of(
      new Raw("1"), new Raw("-1.5e3"), new Raw("true"), new Raw("null"), arr(), obj(), arr(new Str("x")),
      obj("k", "v"), new Raw("'x'"), new Raw("None"), new Raw("\"a\" \"b\""), new Raw(""));

  /** Feeds every mutation of every base to {@code out}. */
  static void forEach(Consumer<Node> out) {
    for (Obj base : BASES) {
      out.accept(base);
      mutate(base, out);
    }
  }

  /** Applies every mutation at every node below {@code node}, each wrapped back into the whole tree. */
  private static void mutate(Node node, Consumer<Node> out) {
    if (node instanceof Obj o) {
      mutateObject(o, out);
      for (int i = 0; i < o.members().size(); i++) {
        int at = i;
        mutate(o.members().get(i).value(), m -> out.accept(withValue(o, at, m)));
      }
    } else if (node instanceof Arr a) {
      mutateArray(a, out);
      for (int i = 0; i < a.items().size(); i++) {
        int at = i;
        mutate(a.items().get(i), m -> out.accept(withItem(a, at, m)));
      }
    } else if (node instanceof Str s) {
      for (String edge : EdgeStrings.all()) {
        if (!edge.equals(s.value())) {
          out.accept(new Str(edge));
        }
      }
      out.accept(new Str(s.value() + "/"));
      out.accept(new Str("/" + s.value()));
      out.accept(new Str(s.value().toUpperCase(java.util.Locale.ROOT)));
    }
  }

  private static void mutateObject(Obj o, Consumer<Node> out) {
    List<Member> ms = o.members();
    for (int i = 0; i < ms.size(); i++) {
      out.accept(without(o, i));
      for (String name : RENAMES) {
        if (!name.equals(ms.get(i).name())) {
          out.accept(withName(o, i, name));
        }
      }
      List<Member> dup = new ArrayList<>(ms);
      dup.add(ms.get(i));
      out.accept(new Obj(dup));
      dup.set(dup.size() - 1, new Member(ms.get(i).name(), new Str("other")));
      out.accept(new Obj(dup));
      for (Node retyped : RETYPES) {
        out.accept(withValue(o, i, retyped));
      }
      // A provider's container reshaped: dict to list, list of one to dict, emptied.
      Node v = ms.get(i).value();
      if (v instanceof Obj inner && !inner.members().isEmpty()) {
        out.accept(withValue(o, i, arr(inner)));
        out.accept(withValue(o, i, arr(inner, inner)));
      }
      if (v instanceof Arr a && a.items().size() == 1) {
        out.accept(withValue(o, i, a.items().get(0)));
      }
    }
    List<Member> reversed = new ArrayList<>(ms);
    java.util.Collections.reverse(reversed);
    out.accept(new Obj(reversed));
    for (String extra : List.of("x", "gc", "prem", "bucket", "path", "uri", "access", "region")) {
      List<Member> more = new ArrayList<>(ms);
      more.add(new Member(extra, extra.equals("uri") ? new Str("s3://stpubdata/x.fits") : new Str("open")));
      out.accept(new Obj(more));
    }
    List<Member> withObject = new ArrayList<>(ms);
    withObject.add(new Member("gc", arr(obj("bucket", "x"))));
    out.accept(new Obj(withObject));
  }

  private static void mutateArray(Arr a, Consumer<Node> out) {
    for (int i = 0; i < a.items().size(); i++) {
      List<Node> less = new ArrayList<>(a.items());
      less.remove(i);
      out.accept(new Arr(less));
      List<Node> more = new ArrayList<>(a.items());
      more.add(i, a.items().get(i));
      out.accept(new Arr(more));
    }
    for (Node extra : List.of(new Raw("7"), new Raw("null"), arr(), obj(), new Str("x"))) {
      List<Node> more = new ArrayList<>(a.items());
      more.add(extra);
      out.accept(new Arr(more));
    }
    List<Node> many = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      many.addAll(a.items());
    }
    out.accept(new Arr(many));
  }

  private static Obj without(Obj o, int i) {
    List<Member> m = new ArrayList<>(o.members());
    m.remove(i);
    return new Obj(m);
  }

  private static Obj withName(Obj o, int i, String name) {
    List<Member> m = new ArrayList<>(o.members());
    m.set(i, new Member(name, m.get(i).value()));
    return new Obj(m);
  }

  private static Obj withValue(Obj o, int i, Node value) {
    List<Member> m = new ArrayList<>(o.members());
    m.set(i, new Member(m.get(i).name(), value));
    return new Obj(m);
  }

  private static Arr withItem(Arr a, int i, Node item) {
    List<Node> m = new ArrayList<>(a.items());
    m.set(i, item);
    return new Arr(m);
  }
}
