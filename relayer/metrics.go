package relayer

import (
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the relayer's Prometheus metrics, on the process's registry.
type metrics struct {
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec // by endpoint and outcome code
	acceptTime prometheus.Histogram
	outcomes   *prometheus.CounterVec // mined / failed
	landTime   prometheus.Histogram
	queued     prometheus.GaugeFunc
	recoveries prometheus.CounterFunc
	rpcCalls   prometheus.CounterFunc
	rpcBatches prometheus.CounterFunc
	redisTrips prometheus.CounterFunc
	inFlight   prometheus.Gauge
	balance    prometheus.Gauge
	spentWei   prometheus.Counter
	sendErrors prometheus.Counter
}

// counts are the counters the relayer keeps itself and the metrics read.
type counts struct {
	queued, recoveries, rpcCalls, rpcBatches, redisTrips func() float64
}

// newMetrics registers the relayer's metrics on reg (which holds the Go runtime and process collectors).
func newMetrics(reg *prometheus.Registry, c counts) *metrics {
	m := &metrics{
		reg: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "bevan_relayer", Name: "requests_total",
			Help: "HTTP submissions by endpoint and outcome code (accepted, duplicate or an error code)."}, []string{"endpoint", "code"}),
		acceptTime: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "bevan_relayer", Name: "accept_seconds",
			Help: "Time to check and durably store a submission.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "bevan_relayer", Name: "outcomes_total",
			Help: "Requests that reached a final state, by state."}, []string{"status"}),
		landTime: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "bevan_relayer", Name: "request_to_receipt_seconds",
			Help: "Time from acceptance to the final state.", Buckets: prometheus.ExponentialBuckets(0.05, 2, 12)}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "bevan_relayer", Name: "in_flight",
			Help: "Requests this replica is submitting."}),
		balance: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "bevan_relayer", Name: "balance_wei",
			Help: "The relayer account's balance."}),
		spentWei: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "bevan_relayer", Name: "spent_wei_total",
			Help: "What this replica paid for transactions (L2 execution + L1 data)."}),
		sendErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "bevan_relayer", Name: "send_errors_total",
			Help: "Submissions that failed in txmgr or the RPC and were retried."}),
	}
	m.queued = prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "bevan_relayer", Name: "queued",
		Help: "Requests waiting for a replica (shared queue)."}, c.queued)
	m.recoveries = prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: "bevan_relayer", Name: "signature_recoveries_total",
		Help: "Signatures recovered by this replica: one per submission checked (and one per request restored from a record of an older relayer)."}, c.recoveries)
	m.rpcCalls = prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: "bevan_relayer", Name: "rpc_calls_total",
		Help: "eth_calls of the policy and the L1 fee oracle (role reads, simulations, fees) sent to the node."}, c.rpcCalls)
	m.rpcBatches = prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: "bevan_relayer", Name: "rpc_batches_total",
		Help: "HTTP round trips to the node that carried those eth_calls (JSON-RPC batches, or single calls)."}, c.rpcBatches)
	m.redisTrips = prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: "bevan_relayer", Name: "redis_round_trips_total",
		Help: "Round trips to Redis (a command, a script or a pipeline each; a script Redis did not hold yet counts twice)."}, c.redisTrips)
	m.reg.MustRegister(m.requests, m.acceptTime, m.outcomes, m.landTime, m.queued, m.recoveries, m.rpcCalls, m.rpcBatches,
		m.redisTrips, m.inFlight, m.balance, m.spentWei, m.sendErrors)
	return m
}
