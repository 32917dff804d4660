"""An iterable read on a thread of its own, a few items ahead of the one using it.

zoning:conformity reads its input through QGIS (C++ that lets go of Python's lock) and writes its
outputs on the algorithm's thread: read one after the other they made that thread the longest
path of a run while the overlay's worker threads waited (issue 21 §3). Read ahead, the reading
overlaps the writing."""
import queue
import threading

_ITEM, _ERROR, _END = range(3)
_WAIT_S = 0.1       # how often a blocked reader looks whether it should stop


def read_ahead(iterable, depth=2):
    """Yield what `iterable` yields, in order, made on a thread of its own at most `depth` items
    ahead. An exception raised by `iterable` is raised here, in its place. Closing the generator
    early (a break, an exception in the caller) stops the reader and waits for it, so nothing
    reads on after the caller has gone."""
    items = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()

    def offer(entry):
        """Put `entry`, unless the caller stops meanwhile; False when it did."""
        while not stop.is_set():
            try:
                items.put(entry, timeout=_WAIT_S)
                return True
            except queue.Full:
                continue
        return False

    def read():
        try:
            for item in iterable:
                if not offer((_ITEM, item)):
                    return
            offer((_END, None))
        except BaseException as error:      # handed to the caller, who raises it
            offer((_ERROR, error))
        finally:
            close = getattr(iterable, "close", None)
            if close is not None:           # a generator left early ends here, on its own thread
                close()

    reader = threading.Thread(target=read, name="zoning-read-ahead", daemon=True)
    reader.start()
    try:
        while True:
            kind, value = items.get()
            if kind == _END:
                return
            if kind == _ERROR:
                raise value
            yield value
    finally:
        stop.set()
        reader.join()
