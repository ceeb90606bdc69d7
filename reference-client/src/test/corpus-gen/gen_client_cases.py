#!/usr/bin/env python3
"""Writes test-corpus/cases/v1.0/client-*.json (the reference client's route-selection cases).

Kept as a script so the cases stay readable as data; the JSON files are the artefact that other
implementations vendor. Run from the repository root: python3 reference-client/src/test/corpus-gen/gen_client_cases.py
"""
import json, os

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "test-corpus", "cases", "v1.0")
URL = "https://archive.example.org/data/img.fits"
SPEC_ORDER = [{"source": "reference-client/README.md", "section": "Route ordering"},
              {"source": "convention.md", "section": "1.3 (fornax sorts open < region < restricted < none)"}]


def env(provider="aws", region=None, credentials=False, **kw):
    e = {"provider": provider, "region": region, "credentials": credentials}
    e.update(kw)
    return e


def aws(bucket, key, access=None, region=None, **extra):
    d = {"bucket_name": bucket, "key": key}
    if region:
        d["region"] = region
    if access:
        d["access"] = access
    d.update(extra)
    return d


def r_aws(bucket, key, access="unspecified", auth="anonymous", variant=None, pointer=None):
    r = {"provider": "aws", "bucket_name": bucket, "key": key, "access": access, "auth": auth}
    if variant:
        r["key_variant"] = variant
    if pointer:
        r["pointer"] = pointer
    return r


def onprem(url=URL):
    return {"provider": "on-prem", "url": url}


def skip(pointer, reason):
    return {"pointer": pointer, "reason": reason}


def col(reason):
    return {"column": "access_url", "reason": reason}


def t(description, data, environment, routes, skipped=(), access_url=URL, local_name=None, comment=None):
    case = {"description": description}
    if comment:
        case["comment"] = comment
    case["data"] = data if data is None or isinstance(data, str) else json.dumps(data, separators=(", ", ": "))
    case["access_url"] = access_url
    case["environment"] = environment
    case["routes"] = list(routes)
    case["skipped"] = list(skipped)
    if local_name is not None:
        case["local_name"] = local_name
    return case


A = "us-east-1"
W = "us-west-2"

ordering = [{
    "description": "access classes order the cloud routes",
    "spec": SPEC_ORDER,
    "tests": [
        t("open comes before region when both are usable",
          {"aws": [aws("bkt-region", "a/x.fits", "region", A), aws("bkt-open", "b/x.fits", "open", A)]},
          env(region=A),
          [r_aws("bkt-open", "b/x.fits", "open", pointer="/aws/1"), r_aws("bkt-region", "a/x.fits", "region", pointer="/aws/0"), onprem()]),
        t("two open locations keep document order",
          {"aws": [aws("bkt-one", "x.fits", "open", A), aws("bkt-two", "x.fits", "open", W)]},
          env(),
          [r_aws("bkt-one", "x.fits", "open"), r_aws("bkt-two", "x.fits", "open"), onprem()]),
        t("restricted comes after open when credentials exist",
          {"aws": [aws("bkt-private", "x.fits", "restricted", A), aws("bkt-open", "x.fits", "open", A)]},
          env(credentials=True),
          [r_aws("bkt-open", "x.fits", "open"), r_aws("bkt-private", "x.fits", "restricted", "signed"), onprem()]),
        t("missing access ranks between open and region",
          {"aws": [aws("bkt-region", "x.fits", "region", A), aws("bkt-irsa", "x.fits", None, A), aws("bkt-open", "x.fits", "open", A)]},
          env(region=A),
          [r_aws("bkt-open", "x.fits", "open"), r_aws("bkt-irsa", "x.fits"), r_aws("bkt-region", "x.fits", "region"), onprem()]),
        t("missing access adds a signed retry when credentials exist",
          {"aws": aws("nasa-irsa-euclid-q1", "q1/MER/x.fits", None, A)},
          env(credentials=True),
          [r_aws("nasa-irsa-euclid-q1", "q1/MER/x.fits", pointer="/aws"),
           r_aws("nasa-irsa-euclid-q1", "q1/MER/x.fits", "unspecified", "signed"), onprem()]),
        t("usable region location gets a signed retry with credentials",
          {"aws": aws("bkt-region", "x.fits", "region", A)},
          env(region=A, credentials=True),
          [r_aws("bkt-region", "x.fits", "region"), r_aws("bkt-region", "x.fits", "region", "signed"), onprem()]),
        t("open location is never signed",
          {"aws": aws("bkt-open", "x.fits", "open", A)},
          env(credentials=True),
          [r_aws("bkt-open", "x.fits", "open"), onprem()]),
        t("auto ranks providers together by access class",
          {"aws": aws("bkt-aws", "x.fits", "region", A), "google": {"bucket_name": "bkt-gcs", "object_name": "x.fits", "access": "open"}},
          env(provider="auto", region=A),
          [{"provider": "google", "bucket_name": "bkt-gcs", "object_name": "x.fits", "access": "open"},
           r_aws("bkt-aws", "x.fits", "region"), onprem()]),
        t("access_url is the last route",
          {"aws": aws("bkt-open", "x.fits", "open", A)},
          env(),
          [r_aws("bkt-open", "x.fits", "open"), onprem()]),
    ],
}]

region = [{
    "description": "access region needs the caller in that region",
    "spec": [{"source": "convention.md", "section": "1.1, 1.3 (region = in-region only; fornax compared user and data region)"}],
    "tests": [
        t("region location is used in its region",
          {"aws": aws("bkt", "x.fits", "region", A)}, env(region=A),
          [r_aws("bkt", "x.fits", "region"), onprem()]),
        t("region location is skipped from another region",
          {"aws": aws("bkt", "x.fits", "region", A)}, env(region=W),
          [onprem()], [skip("/aws", "out-of-region")]),
        t("region location is skipped outside any cloud region",
          {"aws": aws("bkt", "x.fits", "region", A)}, env(region=None),
          [onprem()], [skip("/aws", "out-of-region")]),
        t("accepting cross-region access uses the region location",
          {"aws": aws("bkt", "x.fits", "region", A)}, env(region=W, accept_cross_region=True),
          [r_aws("bkt", "x.fits", "region"), onprem()]),
        t("region access without a region member is skipped",
          {"aws": [aws("bkt", "x.fits", "region")]}, env(region=A),
          [onprem()], [skip("/aws/0", "region-unknown")]),
        t("region names compare case-insensitively",
          {"aws": aws("bkt", "x.fits", "region", A)}, env(region="US-EAST-1"),
          [r_aws("bkt", "x.fits", "region"), onprem()]),
        t("open location ignores the caller's region",
          {"aws": aws("bkt", "x.fits", "open", W)}, env(region=A),
          [r_aws("bkt", "x.fits", "open"), onprem()]),
        t("missing access does not restrict by region",
          {"aws": aws("nasa-irsa-spitzer", "seip/x.fits", None, W)}, env(region=A),
          [r_aws("nasa-irsa-spitzer", "seip/x.fits"), onprem()],
          comment="IRSA's production form: open-data buckets in us-west-2 readable from anywhere"),
    ],
}]

credentials = [{
    "description": "restricted locations need credentials",
    "spec": [{"source": "convention.md", "section": "1.1 (restricted added 2022-09-06), 1.3 step 5"}],
    "tests": [
        t("restricted without credentials falls back to access_url",
          {"aws": aws("bkt", "x.fits", "restricted", A)}, env(),
          [onprem()], [skip("/aws", "no-credentials")]),
        t("restricted with credentials is a signed route",
          {"aws": aws("bkt", "x.fits", "restricted", A)}, env(credentials=True),
          [r_aws("bkt", "x.fits", "restricted", "signed"), onprem()]),
        t("restricted google location cannot be signed",
          {"google": {"bucket_name": "bkt-gcs", "object_name": "x.fits", "access": "restricted"}},
          env(provider="google", credentials=True),
          [onprem()], [skip("/google", "credentials-unsupported")]),
        t("restricted without credentials and without access_url has no route",
          {"aws": aws("bkt", "x.fits", "restricted", A)}, env(),
          [], [skip("/aws", "no-credentials")], access_url=None),
    ],
}, {
    "description": "access none is never used",
    "spec": [{"source": "convention.md", "section": "1.1 (none: not accessible), variants C3"}],
    "tests": [
        t("access none is skipped and access_url stays",
          {"aws": [aws("bkt-none", "x.fits", "none", A), aws("bkt-open", "x.fits", "open", A)]}, env(credentials=True),
          [r_aws("bkt-open", "x.fits", "open"), onprem()], [skip("/aws/0", "access-none")]),
        t("only access none and no access_url gives no route",
          {"aws": aws("bkt-none", "x.fits", "none", A)}, env(region=A, credentials=True),
          [], [skip("/aws", "access-none")], access_url=None),
        t("an unknown access value is skipped",
          {"aws": aws("bkt", "x.fits", "requester-pays", A)}, env(credentials=True),
          [onprem()], [skip("/aws", "unknown-access")]),
    ],
}]

providers = [{
    "description": "the requested provider selects locations",
    "spec": [{"source": "convention.md", "section": "1.3 (provider chosen explicitly), 1.4 (provider table)"}],
    "tests": [
        t("provider aws ignores google locations",
          {"aws": aws("bkt", "x.fits", "open"), "google": {"bucket_name": "bkt-gcs", "object_name": "x.fits"}},
          env(provider="aws"),
          [r_aws("bkt", "x.fits", "open"), onprem()], [skip("/google", "provider-not-requested")]),
        t("provider google uses google locations only",
          {"aws": aws("bkt", "x.fits", "open"), "google": [{"bucket_name": "bkt-gcs", "object_name": "d/x.fits"}]},
          env(provider="google"),
          [{"provider": "google", "bucket_name": "bkt-gcs", "object_name": "d/x.fits", "access": "unspecified", "pointer": "/google/0"}, onprem()],
          [skip("/aws", "provider-not-requested")]),
        t("provider azure uses azure locations",
          {"azure": {"account_name": "archivestore", "container_name": "images", "blob_name": "d/x.fits", "access": "open"}},
          env(provider="azure"),
          [{"provider": "azure", "account_name": "archivestore", "container_name": "images", "blob_name": "d/x.fits", "access": "open"}, onprem()]),
        t("provider on-prem uses access_url only",
          {"aws": aws("bkt", "x.fits", "open")}, env(provider="on-prem"),
          [onprem()], [skip("/aws", "provider-not-requested")]),
        t("auto skips an unknown provider",
          {"gc": {"bucket_name": "bkt", "key": "x.fits"}, "aws": aws("bkt", "x.fits", "open")}, env(provider="auto"),
          [r_aws("bkt", "x.fits", "open"), onprem()], [skip("/gc", "unsupported-provider")]),
        t("provider aws does not request an unknown provider",
          {"prem": [{"url": "https://archive.example.org/x.fits"}]}, env(provider="aws"),
          [onprem()], [skip("/prem/0", "provider-not-requested")]),
        t("azure account that is not a host label is unusable",
          {"azure": {"account_name": "evil.example.com", "container_name": "images", "blob_name": "x.fits"}},
          env(provider="azure"),
          [onprem()], [skip("/azure", "unusable-bucket")]),
    ],
}]

forms = [{
    "description": "dict and list forms are both accepted",
    "spec": [{"source": "convention.md", "section": "variants A1-A4, B4"}],
    "tests": [
        t("dict form routes with pointer /aws",
          {"aws": aws("nasa-irsa-euclid-q1", "q1/x.fits", None, A)}, env(),
          [r_aws("nasa-irsa-euclid-q1", "q1/x.fits", pointer="/aws"), onprem()]),
        t("list form routes with indexed pointers",
          {"aws": [aws("bkt-a", "x.fits", "open"), aws("bkt-b", "x.fits", "open")]}, env(),
          [r_aws("bkt-a", "x.fits", "open", pointer="/aws/0"), r_aws("bkt-b", "x.fits", "open", pointer="/aws/1"), onprem()]),
        t("single-element list routes like the dict form",
          {"aws": [aws("bkt", "x.fits", "open", A)]}, env(),
          [r_aws("bkt", "x.fits", "open", pointer="/aws/0"), onprem()]),
        t("dict and list forms mix across providers",
          {"aws": [aws("bkt", "x.fits", "open")], "google": {"bucket_name": "bkt-gcs", "object_name": "x.fits", "access": "open"}},
          env(provider="auto"),
          [r_aws("bkt", "x.fits", "open", pointer="/aws/0"),
           {"provider": "google", "bucket_name": "bkt-gcs", "object_name": "x.fits", "pointer": "/google"}, onprem()]),
        t("legacy bucket and path names are routed",
          {"aws": {"bucket": "heasarc-bucket", "path": "chandra/x.fits", "region": A, "access": "open"}}, env(),
          [r_aws("heasarc-bucket", "chandra/x.fits", "open"), onprem()]),
        t("the same object listed twice is routed once",
          {"aws": [aws("bkt", "x.fits", "open"), aws("bkt", "x.fits", "open")]}, env(),
          [r_aws("bkt", "x.fits", "open", pointer="/aws/0"), onprem()], [skip("/aws/1", "duplicate-location")]),
        t("an entry without a key is an invalid location",
          {"aws": [{"bucket_name": "bkt"}, aws("bkt", "x.fits", "open")]}, env(),
          [r_aws("bkt", "x.fits", "open", pointer="/aws/1"), onprem()], [skip("/aws/0", "invalid-location")]),
        t("a value that is not JSON leaves the access_url",
          "{'aws': {'bucket_name': 'bkt', 'key': 'x.fits'}}", env(),
          [onprem()], [skip("", "invalid-cloud-access")]),
        t("a null cell leaves the access_url",
          None, env(), [onprem()], local_name="img.fits"),
        t("an empty object has no cloud route",
          "{}", env(), [onprem()]),
    ],
}]

keys = [{
    "description": "keys with a leading slash are tried literally, then stripped",
    "spec": [{"source": "convention.md", "section": "1.2 (HEASARC /FTP/ keys), 1.3 step 4 (fornax strips one /), variants C6"}],
    "tests": [
        t("leading slash gives the literal then the stripped key",
          {"aws": aws("dh-fornaxdev", "/FTP/chandra/x.fits.gz", "open", A)}, env(),
          [r_aws("dh-fornaxdev", "/FTP/chandra/x.fits.gz", "open", variant="literal"),
           r_aws("dh-fornaxdev", "FTP/chandra/x.fits.gz", "open", variant="leading-slash-stripped"), onprem()]),
        t("policy literal routes the published key only",
          {"aws": aws("bkt", "/FTP/x.fits", "open")}, env(leading_slash="literal"),
          [r_aws("bkt", "/FTP/x.fits", "open", variant="literal"), onprem()]),
        t("policy stripped routes the stripped key only",
          {"aws": aws("bkt", "/FTP/x.fits", "open")}, env(leading_slash="stripped"),
          [r_aws("bkt", "FTP/x.fits", "open", variant="leading-slash-stripped"), onprem()]),
        t("only one leading slash is stripped",
          {"aws": aws("bkt", "//FTP/x.fits", "open")}, env(),
          [r_aws("bkt", "//FTP/x.fits", "open"), r_aws("bkt", "/FTP/x.fits", "open", variant="leading-slash-stripped"), onprem()]),
        t("a double slash inside a key is kept",
          {"aws": aws("bkt", "byobsid/8//15158/x.fits", "open")}, env(),
          [r_aws("bkt", "byobsid/8//15158/x.fits", "open", variant="literal"), onprem()]),
        t("a key naming a prefix is unusable",
          {"aws": aws("bkt", "chandra/data/", "open")}, env(),
          [onprem()], [skip("/aws", "unusable-key")], local_name="img.fits"),
        t("a two-character bucket name is unusable",
          {"aws": aws("ab", "x.fits", "open")}, env(),
          [onprem()], [skip("/aws", "unusable-bucket")]),
    ],
}, {
    "description": "local file names never leave the target directory",
    "spec": [{"source": "issue 7", "section": "Safety"}],
    "tests": [
        t("parent segments in a key give the basename",
          {"aws": aws("bkt", "../../etc/passwd", "open")}, env(), [r_aws("bkt", "../../etc/passwd", "open"), onprem()],
          local_name="passwd"),
        t("a Windows device name is prefixed",
          {"aws": aws("bkt", "dir/CON.fits", "open")}, env(), [r_aws("bkt", "dir/CON.fits", "open"), onprem()],
          local_name="_CON.fits"),
        t("backslashes separate like slashes",
          {"aws": aws("bkt", "a\\..\\..\\x.fits", "open")}, env(), [r_aws("bkt", "a\\..\\..\\x.fits", "open"), onprem()],
          local_name="x.fits"),
        t("a hidden name is made visible",
          {"aws": aws("bkt", "d/.bashrc", "open")}, env(), [r_aws("bkt", "d/.bashrc", "open"), onprem()],
          local_name="_.bashrc"),
        t("a key ending in dot-dot falls back to the access_url name",
          {"aws": aws("bkt", "d/..", "open")}, env(), [r_aws("bkt", "d/..", "open"), onprem()],
          local_name="img.fits"),
        t("no usable name at all gives none",
          {"aws": aws("bkt", "d/..", "open")}, env(), [r_aws("bkt", "d/..", "open")], access_url=None,
          local_name=None),
    ],
}]

only = [{
    "description": "cloud-only and on-prem-only restrict the routes",
    "spec": [{"source": "convention.md", "section": "3.1 (astroquery cloud_only / force_on_prem)"}],
    "tests": [
        t("cloud-only skips the access_url",
          {"aws": aws("bkt", "x.fits", "open")}, env(cloud_only=True),
          [r_aws("bkt", "x.fits", "open")], [col("cloud-only")]),
        t("on-prem-only skips every cloud location",
          {"aws": [aws("bkt", "x.fits", "open"), aws("bkt2", "x.fits", "restricted")]}, env(credentials=True, on_prem_only=True),
          [onprem()], [skip("/aws/0", "on-prem-only"), skip("/aws/1", "on-prem-only")]),
        t("cloud-only with nothing usable has no route",
          {"aws": aws("bkt", "x.fits", "restricted")}, env(cloud_only=True),
          [], [skip("/aws", "no-credentials"), col("cloud-only")]),
        t("an ftp access_url is not routed",
          {"aws": aws("bkt", "x.fits", "open")}, env(),
          [r_aws("bkt", "x.fits", "open")], [col("bad-access-url")], access_url="ftp://archive.example.org/x.fits"),
        t("a file access_url is not routed",
          None, env(), [], [col("bad-access-url")], access_url="file:///etc/passwd"),
    ],
}]

files = {
    "client-ordering.json": ordering,
    "client-region.json": region,
    "client-access.json": credentials,
    "client-providers.json": providers,
    "client-forms.json": forms,
    "client-keys.json": keys,
    "client-only.json": only,
}
os.makedirs(OUT, exist_ok=True)
total = 0
for name, groups in files.items():
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(groups, f, indent=2, ensure_ascii=True)
        f.write("\n")
    total += sum(len(g["tests"]) for g in groups)
print(total, "tests in", len(files), "files")
