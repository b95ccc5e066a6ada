from desktop_uploader.engine.progress import ProgressThrottle


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_reports_at_most_ten_per_second_plus_the_final_count():
    clock = FakeClock()
    reports = []
    throttle = ProgressThrottle(lambda done, size: reports.append(done), 1000, clock=clock)
    for done in range(0, 1001, 10):  # 101 updates within 0.5 s
        throttle.update(done)
        clock.now += 0.005
    throttle.finish()
    assert len(reports) <= 7
    assert reports[-1] == 1000


def test_reports_never_exceed_the_size():
    reports = []
    throttle = ProgressThrottle(lambda done, size: reports.append((done, size)), 100)
    throttle.update(150)
    throttle.finish()
    assert all(done <= size for done, size in reports)
