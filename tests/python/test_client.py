"""Python client test: a real `rasad serve`, the example client, the seed articles."""
import os
import subprocess
import sys
import tempfile

import grpc
import pytest

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "clients", "python"))
from rasad_client import Rasad, pb2, span_text  # noqa: E402

SEEDS = os.path.normpath(os.path.join(ROOT, "..", "shared", "seeds"))
BIN = os.environ.get("RASAD_BIN", os.path.join(ROOT, "target", "debug", "rasad"))
TOKEN = "python-test-token-0123456789"

OWN = ("عودة مقاتلين كازاخيين من سوريا\n\n12 آذار 2019\n\nأعلنت وزارة الداخلية الكازاخية أن أكثر من 200 "
       "مقاتل كازاخي عادوا من سوريا خلال العام الماضي، فيما لا يزال نحو 150 شخصا محتجزين في مخيم الهول.\n").encode()


@pytest.fixture(scope="module")
def server():
    data = tempfile.mkdtemp(prefix="rasad_py_")
    env = dict(os.environ, RASAD_AUTH__TOKEN=TOKEN, RASAD_LOG_FORMAT="json")
    proc = subprocess.Popen([BIN, "serve", "--listen", "127.0.0.1:0", "--metrics-listen", "off", "--data-dir", data],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    line = proc.stdout.readline().strip()
    assert line.startswith("rasad listening on "), line
    addr = line.rsplit(" ", 1)[1]
    client = Rasad(addr, token=TOKEN)
    grpc.channel_ready_future(client.channel).result(timeout=30)
    from grpc_health.v1 import health_pb2, health_pb2_grpc  # grpcio-health-checking
    health = health_pb2_grpc.HealthStub(client.channel)
    import time
    for _ in range(600):
        if health.Check(health_pb2.HealthCheckRequest(service="")).status == health_pb2.HealthCheckResponse.SERVING:
            break
        time.sleep(0.05)
    yield client
    proc.terminate()
    assert proc.wait(timeout=30) == 0


def seed_files():
    if not os.path.isdir(SEEDS):
        return []
    return sorted(f for f in os.listdir(SEEDS) if f.endswith(".txt"))


def test_missing_token_is_unauthenticated(server):
    bare = pb2.AnalyzeRequest(content=OWN)
    with pytest.raises(grpc.RpcError) as e:
        server.stub.Analyze(bare, timeout=10)
    assert e.value.code() == grpc.StatusCode.UNAUTHENTICATED


def test_evidence_offsets_slice_the_text(server):
    doc = server.analyze(OWN)
    assert doc.claims, "expected claims in our own article"
    for c in doc.claims:
        assert span_text(doc.text, c.evidence.span) == c.evidence.text
        assert span_text(doc.text, c.quantity.span) == c.quantity.text
    for p in doc.paragraphs:
        assert span_text(doc.text, p.span) == p.text


def test_ingest_search_and_facts_on_the_seeds(server):
    files = seed_files()
    if not files:
        pytest.skip("shared/seeds not present")
    docs = [(f[:-4], open(os.path.join(SEEDS, f), "rb").read()) for f in files]
    results = list(server.ingest_many(docs))
    assert [r.sequence for r in results] == list(range(len(docs)))
    assert all(r.WhichOneof("outcome") == "result" for r in results)

    hits = server.search("العائدين الكازاخ", facets=["outlet", "entity"])
    assert hits.total_hits >= 1
    assert any(h.document_id.startswith("000_") for h in hits.hits)

    facts = server.lookup_facts(entity_ids=["central_asia"], role="ENTITY_ROLE_ORIGIN", include_estimates=True)
    values = [c.quantity.value for c in facts.claims]
    assert 4000 in values, values
    assert facts.estimates
    claim = next(c for c in facts.claims if c.quantity.value == 4000)
    doc = server.get(claim.document_id)
    assert span_text(doc.text, claim.evidence.span) == claim.evidence.text


def test_unknown_document_is_not_found(server):
    with pytest.raises(grpc.RpcError) as e:
        server.get("does-not-exist")
    assert e.value.code() == grpc.StatusCode.NOT_FOUND
