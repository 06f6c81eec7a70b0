"""Simultaneous signed-in users on the demo, for bench/users-bench.sh (issue 12, item 5 and "Load").

users-bench.py BASE ADMIN_PASSWORD USERS SECONDS (USERS_BENCH_TIMEOUT: seconds a request may take, default 300,
as long as a browser waits)

1. Creates USERS accounts through POST /api/v1/users (half LEADER of CD, half REPORTER of CD-NN, as the admin's
   bearer token) and one bearer token each (HTTP Basic of that user), unless they exist from an earlier run.
2. Sign-in burst: all users at once, each with a fresh cookie jar, load the sign-in form (CSRF token), post it,
   and on the new session load at once the dashboard, the rice indicator page, the projects page, the progress
   API (its own token) and, for reporters, the entry grid: the first parallel loads of a fresh session, where
   issue 12 saw 190 × 500 of 200.
3. Steady load for SECONDS: every user who signed in, in a loop, one request after the other: dashboard, indicator page,
   progress API and, for reporters, a figure saved as a draft through the entry form (its own commune and month
   of 2022, a year the demo leaves empty; drafts are not counted, so the demo's figures stay as they are).

Prints Markdown: per phase and per page, the requests, the answers by status class, errors without an answer
(timeouts, refused connections), p50 and p99 in ms, requests/s. Exits 1 if any answer was a 5xx or had none.
Python standard library only: http.client, one connection per request, one thread per request in flight.
"""
import http.client
import json
import os
import random
import re
import sys
import threading
import time
import urllib.parse
from base64 import b64encode
from concurrent.futures import ThreadPoolExecutor

base, admin_password, users, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
HOST = urllib.parse.urlsplit(base)
PASSWORD = "Bench-Users-2026"  # the password policy: at least 10 characters, not common, not the user name
TIMEOUT = float(os.environ.get("USERS_BENCH_TIMEOUT", "300"))
COMMUNES = ["CD-CAN-DUOC", "CD-LONG-CANG", "CD-LONG-DINH", "CD-LONG-HOA", "CD-LONG-HUU-DONG", "CD-LONG-HUU-TAY",
            "CD-LONG-KHE", "CD-LONG-SON", "CD-LONG-TRACH", "CD-MY-LE", "CD-PHUOC-DONG", "CD-PHUOC-TUY",
            "CD-PHUOC-VAN", "CD-TAN-AN", "CD-TAN-CHANH", "CD-TAN-LAN", "CD-TAN-TRACH"]
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')


class Log:
    """Every request's page, phase, status (0: no answer) and seconds."""

    def __init__(self):
        self.lock = threading.Lock()
        self.rows = []

    def add(self, phase, page, status, elapsed):
        with self.lock:
            self.rows.append((phase, page, status, elapsed))


log = Log()


def request(method, path, headers=None, body=None):
    """(status, headers, body); status 0 and the error as body when there was no answer."""
    connection = http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=TIMEOUT)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    except (OSError, http.client.HTTPException) as error:
        return 0, [], repr(error).encode()
    finally:
        connection.close()


class User:
    def __init__(self, number):
        self.number = number
        self.reporter = number % 2 == 1
        self.username = f"bench.{'nn' if self.reporter else 'lead'}.{number:03d}"
        self.token = None
        self.cookies = {}
        self.lock = threading.Lock()  # the parallel first loads of a session share its cookies
        self.cell = (COMMUNES[number % len(COMMUNES)], number // len(COMMUNES) % 12 + 1)

    def send(self, phase, page, method, path, form=None, bearer=False):
        headers = {"Accept-Language": "vi"}
        if bearer:
            headers["Authorization"] = f"Bearer {self.token}"
        else:
            with self.lock:
                if self.cookies:
                    headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        status, answer_headers, content = request(method, path, headers, body)
        log.add(phase, page, status, time.perf_counter() - started)
        if not bearer:
            self.keep_cookies(answer_headers)
        return status, dict(answer_headers), content.decode("utf-8", "replace")

    def keep_cookies(self, headers):
        with self.lock:
            for name, value in headers:
                if name.lower() == "set-cookie":
                    pair = value.split(";", 1)[0]
                    key, _, val = pair.partition("=")
                    if val and "expires=thu, 01 jan 1970" not in value.lower():
                        self.cookies[key.strip()] = val
                    else:
                        self.cookies.pop(key.strip(), None)

    def sign_in(self, phase):
        self.cookies = {}
        status, _, page = self.send(phase, "GET /login", "GET", "/login")
        token = CSRF.search(page)
        if status != 200 or not token:
            return False
        status, headers, _ = self.send(phase, "POST /login", "POST", "/login",
                                       {"username": self.username, "password": PASSWORD, "_csrf": token.group(1)})
        return status == 302 and "error" not in headers.get("Location", "") and "SESSION" in self.cookies

    def pages(self):
        """(page, path, bearer) of what this user reads in a loop."""
        return [("GET /dashboard", "/dashboard", False), ("GET /indicators/RICE", "/indicators/RICE", False),
                ("GET /api/v1/progress", "/api/v1/progress?orgUnit=CD&period=2024-05", True)]

    def first_pages(self):
        """What a fresh session loads at once: the pages, the projects and, for reporters, the entry grid."""
        entry = [("GET /entry", f"/entry?orgUnit={self.cell[0]}&year=2022&agency=CD-NN", False)]
        return self.pages() + [("GET /projects", "/projects", False)] + (entry if self.reporter else [])

    def submit_figure(self, phase):
        unit, month = self.cell
        status, _, page = self.send(phase, "GET /entry", "GET", f"/entry?orgUnit={unit}&year=2022&agency=CD-NN")
        token = CSRF.findall(page)
        if status != 200 or not token:
            return
        # the entry form's token is the last one on the page (the first is the sign-out form's)
        self.send(phase, "POST /entry (draft)", "POST", "/entry",
                  {"_csrf": token[-1], "orgUnit": unit, "year": "2022", "agency": "CD-NN",
                   f"v.RICE.{month}": f"{random.uniform(100, 900):.1f}", "action": "draft"})


def setup(user, admin_token):
    role = {"role": "REPORTER", "agency": "CD-NN"} if user.reporter else {"role": "LEADER", "agency": None}
    account = {"username": user.username, "displayName": f"Người dùng thử {user.number:03d}", "orgUnit": "CD",
               "email": None, "password": PASSWORD, **role}
    status, _, content = request("POST", "/api/v1/users", {"Authorization": f"Bearer {admin_token}",
                                                           "Content-Type": "application/json"}, json.dumps(account))
    if status not in (201, 400):  # 400: the account exists from an earlier run on this database
        raise SystemExit(f"creating {user.username}: {status} {content[:300]!r}")
    basic = b64encode(f"{user.username}:{PASSWORD}".encode()).decode()
    status, _, content = request("POST", "/api/v1/tokens", {"Authorization": f"Basic {basic}",
                                                            "Content-Type": "application/json"}, '{"name":"users-bench"}')
    if status != 201:
        raise SystemExit(f"token of {user.username}: {status} {content[:300]!r}")
    user.token = json.loads(content)["token"]


def burst(user, start, signed_in):
    start.wait()
    if not user.sign_in("burst"):
        return
    signed_in.append(user.number)
    threads = [threading.Thread(target=user.send, args=("burst", page, "GET", path, None, bearer))
               for page, path, bearer in user.first_pages()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def steady(user, start, until):
    start.wait()
    while time.monotonic() < until:
        for page, path, bearer in user.pages():
            user.send("steady", page, "GET", path, None, bearer)
        if user.reporter:
            user.submit_figure("steady")


def run_all(target, args_of):
    threads = [threading.Thread(target=target, args=args_of(u)) for u in population]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, max(0, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))]


def row(label, rows, wall):
    times = sorted(r[3] for r in rows)
    statuses = [r[2] for r in rows]
    classes = [sum(1 for s in statuses if lo <= s < lo + 100) for lo in (200, 300, 400, 500)]
    return "| {} | {} | {} | {} | {} | {} | {} | {:.0f} | {:.0f} | {:.1f} |".format(
        label, len(rows), *classes, statuses.count(0), 1000 * percentile(times, 50), 1000 * percentile(times, 99),
        len(rows) / wall)


def report(phase, title, wall):
    rows = [r for r in log.rows if r[0] == phase]
    print(f"\n{title}\n")
    if not rows:
        print("no requests")
        return 1
    print("| requests | count | 2xx | 3xx | 4xx | 5xx | no answer | p50 ms | p99 ms | requests/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(row("**all**", rows, wall))
    for page in sorted({r[1] for r in rows}):
        print(row(page, [r for r in rows if r[1] == page], wall))
    return sum(1 for r in rows if r[2] == 0 or r[2] >= 500)


population = [User(n) for n in range(1, users + 1)]
status, _, content = request("POST", "/api/v1/tokens", {
    "Authorization": "Basic " + b64encode(f"admin:{admin_password}".encode()).decode(),
    "Content-Type": "application/json"}, '{"name":"users-bench-admin"}')
if status != 201:
    raise SystemExit(f"admin token: {status} {content[:300]!r}")
admin = json.loads(content)["token"]
started = time.perf_counter()
with ThreadPoolExecutor(4) as pool:
    list(pool.map(lambda u: setup(u, admin), population))
print(f"{users} accounts and tokens ready in {time.perf_counter() - started:.0f} s (not measured below)")

gate = threading.Barrier(users)
signed_in = []
started = time.perf_counter()
run_all(burst, lambda u: (u, gate, signed_in))
burst_wall = time.perf_counter() - started
bad = report("burst", f"**Sign-in burst**: {users} users at once, each a fresh session (sign-in form, CSRF, "
             f"post), then its first pages in parallel; {len(signed_in)} of {users} signed in; "
             f"{burst_wall:.1f} s in all", burst_wall)

population = [u for u in population if u.number in signed_in]
gate = threading.Barrier(max(1, len(population)))
started = time.perf_counter()
run_all(steady, lambda u: (u, gate, time.monotonic() + seconds))
steady_wall = time.perf_counter() - started
bad += report("steady", f"**Steady load**: the {len(population)} signed-in users for {seconds:.0f} s, each one request after "
              f"another (dashboard, indicator page, progress API; reporters also save a draft through the entry "
              f"form); {steady_wall:.1f} s until the last answer", steady_wall)
bad += users - len(signed_in)
print(f"\n5xx, unanswered requests and failed sign-ins: **{bad}** (must be 0)")
sys.exit(1 if bad else 0)
