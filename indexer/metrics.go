package indexer

import (
	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	reg        *prometheus.Registry
	head       prometheus.Gauge
	indexed    prometheus.Gauge
	lag        prometheus.Gauge
	rangeSize  prometheus.Gauge
	eventsRate prometheus.Gauge
	events     prometheus.Counter
	blocks     prometheus.Counter
	rpcErrors  *prometheus.CounterVec
	reorgs     prometheus.Counter
	commitSecs prometheus.Histogram
	subscribed prometheus.Gauge
	newHeads   prometheus.Counter
}

// newMetrics registers the indexer's metrics on reg.
func newMetrics(reg *prometheus.Registry) *metrics {
	m := &metrics{
		reg:        reg,
		head:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "bevan_indexer_head_block", Help: "Head block number under the confirmation policy."}),
		indexed:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "bevan_indexer_indexed_block", Help: "Last block committed to the database."}),
		lag:        prometheus.NewGauge(prometheus.GaugeOpts{Name: "bevan_indexer_lag_blocks", Help: "Head minus indexed block."}),
		rangeSize:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "bevan_indexer_range_blocks", Help: "Current adaptive eth_getLogs range."}),
		eventsRate: prometheus.NewGauge(prometheus.GaugeOpts{Name: "bevan_indexer_events_per_second", Help: "Events committed per second over the last progress interval."}),
		events:     prometheus.NewCounter(prometheus.CounterOpts{Name: "bevan_indexer_events_total", Help: "Events committed."}),
		blocks:     prometheus.NewCounter(prometheus.CounterOpts{Name: "bevan_indexer_blocks_total", Help: "Blocks committed."}),
		rpcErrors:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "bevan_indexer_rpc_errors_total", Help: "RPC errors by kind: range (the provider's range or result limit), timeout, rate_limit, other."}, []string{"kind"}),
		reorgs:     prometheus.NewCounter(prometheus.CounterOpts{Name: "bevan_indexer_reorgs_total", Help: "Reorgs rolled back."}),
		commitSecs: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "bevan_indexer_commit_seconds", Help: "Database commit time per range.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
		subscribed: prometheus.NewGauge(prometheus.GaugeOpts{Name: "bevan_indexer_newheads_subscribed", Help: "1 while a WebSocket newHeads subscription wakes the indexer, 0 while it polls."}),
		newHeads:   prometheus.NewCounter(prometheus.CounterOpts{Name: "bevan_indexer_newheads_total", Help: "newHeads notifications received."}),
	}
	m.reg.MustRegister(m.head, m.indexed, m.lag, m.rangeSize, m.eventsRate, m.events, m.blocks, m.rpcErrors, m.reorgs, m.commitSecs,
		m.subscribed, m.newHeads)
	for _, k := range []errKind{kindRange, kindTimeout, kindRate, kindOther} {
		m.rpcErrors.WithLabelValues(string(k)) // exported at 0 from the start
	}
	return m
}
