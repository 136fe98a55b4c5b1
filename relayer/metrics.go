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
	inFlight   prometheus.Gauge
	balance    prometheus.Gauge
	spentWei   prometheus.Counter
	sendErrors prometheus.Counter
}

// newMetrics registers the relayer's metrics on reg (which holds the Go runtime and process collectors).
func newMetrics(reg *prometheus.Registry, queued, recoveries func() float64) *metrics {
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
		Help: "Requests waiting for a replica (shared queue)."}, queued)
	m.recoveries = prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: "bevan_relayer", Name: "signature_recoveries_total",
		Help: "Signatures recovered by this replica: one per submission checked (and one per request restored from a record of an older relayer)."}, recoveries)
	m.reg.MustRegister(m.requests, m.acceptTime, m.outcomes, m.landTime, m.queued, m.recoveries, m.inFlight, m.balance,
		m.spentWei, m.sendErrors)
	return m
}
