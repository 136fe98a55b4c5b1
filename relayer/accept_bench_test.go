package relayer_test

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/admission"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/prometheus/client_golang/prometheus"
)

// BenchmarkAccept measures the acceptance path alone (an API-only replica: nothing is submitted) on the shared
// devnet and the machine's Redis: b.N requests from fresh wallets, signed before the clock starts, posted over 32
// connections. Besides ns/op it reports cpu-µs/op, the process's CPU time (user + system, the client's HTTP side
// included) per accepted request, which a loaded machine changes far less than wall-clock figures, and
// anvil-cpu-µs/op, the devnet node's (its eth_call simulations); Redis's CPU is not counted (the machine's Redis is
// shared). From the relayer's own counters (its /metrics) it reports per request the round trips to Redis
// (redis-trips/op), the eth_calls sent to the node (rpc-calls/op) and the HTTP round trips that carried them
// (rpc-batches/op); allocs/op and B/op count the client's side too.
//
// It runs twice: without limits (as `bevan bench relayer` and the devnet's relayer run), and with a per-wallet rate
// and an app key with a rate, a daily gas quota and a budget (the counters a production relayer keeps).
//
//	go test ./relayer -run '^$' -bench Accept -benchtime 2000x -cpuprofile /tmp/accept.out
func BenchmarkAccept(b *testing.B) {
	b.Run("limits=none", func(b *testing.B) { benchAccept(b, nil) })
	b.Run("limits=app+wallet", func(b *testing.B) {
		benchAccept(b, func(c *relayer.Config) {
			c.Limits.RequestsPerMinute = 60
			c.Admission.Apps[0].Limits = admission.Limits{RequestsPerMinute: 1 << 40, GasPerDay: 1 << 50, BudgetGweiPerDay: 1 << 50}
		})
	})
}

func benchAccept(b *testing.B, tune func(*relayer.Config)) {
	reg := prometheus.NewRegistry()
	e := newEnv(b, func(c *relayer.Config) {
		c.Workers, c.Registry = 0, reg
		if tune != nil {
			tune(c)
		}
	})
	fs := make([]*api.Forward, b.N)
	for i := range fs {
		fs[i] = e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
	}
	var next, failed atomic.Int64
	var wg sync.WaitGroup
	anvil := anvilPid()
	counters := []string{"redis_round_trips_total", "rpc_calls_total", "rpc_batches_total"}
	before := counterValues(b, reg, counters)
	cpu0, anvil0 := cpuTime(), procCPU(anvil)
	b.ReportAllocs()
	b.ResetTimer()
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(fs) {
					return
				}
				if _, err := e.cl.Forward(e.ctx, fs[i]); err != nil {
					if failed.Add(1) == 1 {
						b.Errorf("forward: %v", err)
					}
				}
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/op")
	if anvil > 0 {
		b.ReportMetric(float64((procCPU(anvil)-anvil0).Microseconds())/float64(b.N), "anvil-cpu-µs/op")
	}
	after := counterValues(b, reg, counters)
	for i, unit := range []string{"redis-trips/op", "rpc-calls/op", "rpc-batches/op"} {
		b.ReportMetric((after[i]-before[i])/float64(b.N), unit)
	}
}

// counterValues reads the relayer's counters bevan_relayer_<name> from reg.
func counterValues(b *testing.B, reg *prometheus.Registry, names []string) []float64 {
	b.Helper()
	fams, err := reg.Gather()
	if err != nil {
		b.Fatal(err)
	}
	out := make([]float64, len(names))
	for i, n := range names {
		found := false
		for _, f := range fams {
			if f.GetName() == "bevan_relayer_"+n && len(f.GetMetric()) == 1 {
				out[i], found = f.GetMetric()[0].GetCounter().GetValue(), true
			}
		}
		if !found {
			b.Fatalf("no counter bevan_relayer_%s", n)
		}
	}
	return out
}

// anvilPid finds the devnet's anvil: a child process of this test process (0 if none is found).
func anvilPid() int {
	self := strconv.Itoa(os.Getpid())
	dirs, _ := os.ReadDir("/proc")
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		raw, err := os.ReadFile("/proc/" + d.Name() + "/cmdline")
		if err != nil {
			continue
		}
		if args := strings.Split(string(raw), "\x00"); !strings.HasSuffix(args[0], "anvil") {
			continue
		}
		if f := procStat(pid); len(f) > 1 && f[1] == self {
			return pid
		}
	}
	return 0
}

// procStat is a process's /proc/<pid>/stat fields after its name (state, ppid, …).
func procStat(pid int) []string {
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return nil
	}
	return strings.Fields(string(raw[strings.LastIndexByte(string(raw), ')')+2:]))
}

// procCPU is a process's CPU time so far (user + system, from /proc/<pid>/stat at the kernel's 100 Hz ticks).
func procCPU(pid int) time.Duration {
	if pid <= 0 {
		return 0
	}
	f := procStat(pid)
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// cpuTime is the process's CPU time so far (user + system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
