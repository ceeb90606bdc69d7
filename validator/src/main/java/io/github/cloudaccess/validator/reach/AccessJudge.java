package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import java.util.List;
import java.util.Optional;

/**
 * Judges a probe's outcome against the declared access class (fornax README: {@code open} from
 * anywhere, {@code region} from inside the region, {@code restricted} with authentication,
 * {@code none} not at all).
 *
 * <p>A location without an {@code access} member (what IRSA emits today) is probed like
 * {@code open}, since that is what a client does with it; a refusal is then information, not an
 * error, because the value promised nothing. A missing object is an error whatever the class.
 */
final class AccessJudge {

  private AccessJudge() {}

  /**
   * @param ref the reference
   * @param state what the probe found
   * @param inRegion the validator runs inside the region
   * @param out receives the findings
   */
  static void judge(ObjectRef ref, CloudState state, boolean inRegion, List<Finding> out) {
    Optional<Access> access = ref.location().access();
    String declared = access.map(a -> "access=" + a.wireName()).orElse("no access member");
    switch (state.kind()) {
      case FOUND -> found(ref, state, access, out);
      case DENIED -> denied(ref, state, access, inRegion, declared, out);
      case MISSING_KEY -> add(out, ref, ReachCodes.MISSING_KEY,
          "cloud object does not exist (" + state.detail() + ")", state.hint());
      case MISSING_BUCKET -> add(out, ref, ReachCodes.MISSING_BUCKET,
          "bucket/container of the cloud object does not exist (" + state.detail() + ")",
          null);
      case THROTTLED -> add(out, ref, ReachCodes.THROTTLED,
          "still throttled after every retry, object not checked (" + state.detail() + ")",
          "retry later or lower --concurrency");
      case NETFAIL -> add(out, ref, ReachCodes.NETWORK,
          "could not reach the cloud endpoint (" + state.detail() + ")", null);
      case REJECTED -> add(out, ref, ReachCodes.REJECTED,
          "the store rejected the request for the object (" + state.detail() + ")", null);
      case SKIPPED -> {
        if (access.orElse(null) == Access.RESTRICTED) {
          add(out, ref, ReachCodes.RESTRICTED_SKIPPED,
              "access=restricted and no credentials configured for the provider: "
                  + "object not checked", null);
        }
      }
      case REDIRECTED, UNADDRESSABLE -> { } // reported as E-OBJ-REGM / by the CLD stage
      default -> throw new IllegalStateException(state.kind().name());
    }
  }

  private static void found(ObjectRef ref, CloudState state, Optional<Access> access,
      List<Finding> out) {
    Access a = access.orElse(Access.OPEN);
    if (a == Access.NONE) {
      add(out, ref, ReachCodes.NONE_REACHABLE,
          "access=none but the object is readable anonymously", "declare access=open");
    } else if (state.requesterPays() && a == Access.OPEN) {
      add(out, ref, ReachCodes.REQUESTER_PAYS, (access.isPresent() ? "access=open" :
          "no access member") + " but the bucket is requester-pays: readable only with "
          + "x-amz-request-payer: requester and credentials that pay",
          "declare access=restricted, or turn requester-pays off");
    }
  }

  private static void denied(ObjectRef ref, CloudState state, Optional<Access> access,
      boolean inRegion, String declared, List<Finding> out) {
    String why = " (" + state.detail() + ")";
    if (access.isEmpty()) {
      add(out, ref, ReachCodes.UNDECLARED_DENIED,
          "no access member and anonymous requests are refused" + why,
          "declare access=region or access=restricted");
      return;
    }
    switch (access.get()) {
      case OPEN -> add(out, ref, ReachCodes.OPEN_DENIED,
          "access=open but anonymous requests are refused" + why,
          "grant public read, or declare the real access class");
      case REGION -> add(out, ref, inRegion ? ReachCodes.REGION_INSIDE : ReachCodes.REGION_OUTSIDE,
          inRegion ? "access=region but anonymous requests from inside the region are refused"
              + why : "access=region: refused from outside the region, as declared" + why,
          null);
      case RESTRICTED -> add(out, ref, ReachCodes.RESTRICTED_DENIED,
          "access=restricted and the configured credentials are refused" + why, null);
      case NONE -> { } // refused, as declared
      default -> throw new IllegalStateException(declared);
    }
  }

  /**
   * @param out the list
   * @param ref where
   * @param code the code
   * @param message the message
   * @param hint the hint or null
   */
  static void add(List<Finding> out, ObjectRef ref, Code code, String message, String hint) {
    out.add(new Finding(code, message, ref.position(), hint));
  }
}
