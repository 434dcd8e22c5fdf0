"""A small Python client for Rasad (rasad.v1) that you can copy into your project.

It compiles proto/rasad/v1/rasad.proto with grpcio-tools at import time (no generated
files to keep in sync), then offers a thin, typed-enough wrapper:

    from rasad_client import Rasad
    r = Rasad("127.0.0.1:50051", token=None)
    r.ingest(open("article.txt", "rb").read(), id="a1")
    for hit in r.search("العائدين الكازاخ").hits: ...
    facts = r.lookup_facts(entity_ids=["central_asia"], role="ENTITY_ROLE_ORIGIN", include_estimates=True)

Offsets in every Span are UTF-8 byte offsets into Document.text; use `span_text`.
Requires: grpcio, grpcio-tools.
"""
import importlib
import os
import sys
import tempfile

import grpc

_HERE = os.path.dirname(os.path.abspath(__file__))
_DEFAULT_PROTO_ROOT = os.path.normpath(os.path.join(_HERE, "..", "..", "..", "proto"))


def load_stubs(proto_root=_DEFAULT_PROTO_ROOT):
    """Compile rasad.proto into a temp dir and import (rasad_pb2, rasad_pb2_grpc)."""
    from grpc_tools import protoc  # grpcio-tools
    import grpc_tools

    out = tempfile.mkdtemp(prefix="rasad_stubs_")
    well_known = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    rc = protoc.main([
        "protoc", f"-I{proto_root}", f"-I{well_known}", f"--python_out={out}", f"--grpc_python_out={out}",
        os.path.join(proto_root, "rasad", "v1", "rasad.proto"),
    ])
    if rc != 0:
        raise RuntimeError(f"protoc failed with {rc}")
    sys.path.insert(0, out)
    pb2 = importlib.import_module("rasad.v1.rasad_pb2")
    pb2_grpc = importlib.import_module("rasad.v1.rasad_pb2_grpc")
    return pb2, pb2_grpc


pb2, pb2_grpc = load_stubs()


def span_text(text, span):
    """The text a Span covers: spans are UTF-8 byte offsets."""
    return text.encode("utf-8")[span.start:span.end].decode("utf-8")


class Rasad:
    """A connection to a Rasad server."""

    def __init__(self, target, token=None, root_certificates=None, timeout=30.0):
        if root_certificates is not None:
            self.channel = grpc.secure_channel(target, grpc.ssl_channel_credentials(root_certificates))
        else:
            self.channel = grpc.insecure_channel(target)
        self.stub = pb2_grpc.RasadStub(self.channel)
        self.metadata = [("authorization", f"Bearer {token}")] if token else []
        self.timeout = timeout

    def _call(self, method, request):
        return getattr(self.stub, method)(request, metadata=self.metadata, timeout=self.timeout)

    def analyze(self, content, **fields):
        return self._call("Analyze", pb2.AnalyzeRequest(content=content, **fields)).document

    def ingest(self, content, id="", **fields):
        return self._call("Ingest", pb2.IngestRequest(content=content, id=id, **fields))

    def ingest_many(self, docs):
        """docs: iterable of (id, bytes). Yields one IngestStreamResponse per document, in order."""
        reqs = (pb2.IngestStreamRequest(document=pb2.IngestRequest(id=i, content=c)) for i, c in docs)
        return self.stub.IngestStream(reqs, metadata=self.metadata, timeout=self.timeout * 10)

    def get(self, id):
        return self._call("GetDocument", pb2.GetDocumentRequest(id=id)).document

    def delete(self, id):
        return self._call("DeleteDocument", pb2.DeleteDocumentRequest(id=id))

    def search(self, query, facets=(), page_size=10, page_token="", **filters):
        return self._call("Search", pb2.SearchRequest(
            query=query, facets=list(facets), page_size=page_size, page_token=page_token,
            filter=pb2.SearchFilter(**filters)))

    def lookup_facts(self, entity_ids=(), role="ENTITY_ROLE_UNSPECIFIED", predicates=(), **fields):
        return self._call("LookupFacts", pb2.LookupFactsRequest(
            entity_ids=list(entity_ids), role=pb2.EntityRole.Value(role),
            predicates=[pb2.Predicate.Value(p) for p in predicates], **fields))

    def entity(self, id):
        return self._call("GetEntity", pb2.GetEntityRequest(id=id)).entity
