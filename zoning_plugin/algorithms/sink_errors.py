"""One line for a feature a sink could not take (a full disk, a read-only or vanished folder),
naming the user's destination rather than QGIS's “Could not write feature into OUTPUT” or the
temporary file the sink writes into."""
from zoning_plugin.algorithms.outputs import processing_error
from zoning_plugin.core.outputs import WRITE_FAILED, OutputError


def sink_error(sink, destination):
    """A QgsProcessingException for a failed addFeature on `sink` bound for `destination` (the
    user's path or layer)."""
    sink = getattr(sink, "sink", sink)          # a TextCellSink of RunOutputs
    try:
        detail = sink.lastError()
    except (AttributeError, RuntimeError):
        detail = ""
    detail = " ".join(str(detail or "").split())[:160] or "the disk may be full or the folder read-only"
    return processing_error(OutputError(WRITE_FAILED, destination, detail=detail))
