"""core/read_ahead.py: an iterable read on a thread of its own gives what it gives, in order,
raises what it raises, and stops reading when its user stops."""
import threading
import time

import pytest

from zoning_plugin.core.read_ahead import read_ahead


def test_the_items_come_in_order_and_are_made_on_another_thread():
    threads = []

    def numbers():
        for n in range(50):
            threads.append(threading.current_thread())
            yield n

    assert list(read_ahead(numbers(), depth=3)) == list(range(50))
    assert threading.current_thread() not in threads


def test_it_reads_at_most_depth_items_ahead_while_its_user_works():
    made = []

    def numbers():
        for n in range(100):
            made.append(n)
            yield n

    items = read_ahead(numbers(), depth=2)
    assert next(items) == 0
    time.sleep(0.3)             # the reader runs on meanwhile, until the queue is full
    # the item handed out, two waiting, one made and waiting for room
    assert len(made) == 4
    items.close()


def test_an_error_while_reading_is_raised_to_the_user_in_its_place():
    def failing():
        yield 1
        yield 2
        raise ValueError("unreadable feature")

    items = read_ahead(failing())
    assert next(items) == 1 and next(items) == 2
    with pytest.raises(ValueError, match="unreadable feature"):
        next(items)


def test_stopping_early_stops_the_reader_and_closes_what_it_read():
    closed = threading.Event()

    def endless():
        try:
            n = 0
            while True:
                yield n
                n += 1
        finally:
            closed.set()

    before = {thread for thread in threading.enumerate() if thread.name == "zoning-read-ahead"}
    for n in read_ahead(endless(), depth=2):
        if n == 5:
            break
    # the generator is closed (here by the for loop's end), the reader has stopped and closed the source
    assert closed.wait(2)
    assert {thread for thread in threading.enumerate() if thread.name == "zoning-read-ahead"} <= before
