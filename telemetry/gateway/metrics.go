package gateway

import (
	"github.com/bevan-health/bevan/internal/metrics"
	"github.com/prometheus/client_golang/prometheus"
)

// gatewayMetrics are the gateway's Prometheus metrics, on the process's registry.
type gatewayMetrics struct {
	reg      *prometheus.Registry
	accepted prometheus.Counter
	refused  *prometheus.CounterVec // by error code
	anchored prometheus.Counter
	// excursions counts excursions this replica recorded in the DeviceRegistry.
	excursions prometheus.Counter
	releases   *prometheus.CounterVec // release decisions of patients' data, by endpoint and decision
	alerts     *prometheus.CounterVec // virtual-ward alerts raised, by rule
}

func newMetrics(reg *prometheus.Registry) *gatewayMetrics {
	if reg == nil {
		reg = metrics.NewRegistry()
	}
	m := &gatewayMetrics{
		reg: reg,
		accepted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "bevan_telemetry", Name: "readings_accepted_total",
			Help: "Readings kept durably and acknowledged."}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "bevan_telemetry", Name: "batches_refused_total",
			Help: "Batches refused, by error code."}, []string{"code"}),
		anchored: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "bevan_telemetry", Name: "readings_anchored_total",
			Help: "Readings this replica anchored on chain."}),
		excursions: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "bevan_telemetry", Name: "excursions_recorded_total",
			Help: "Cold-chain excursions this replica recorded in the DeviceRegistry."}),
		releases: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "bevan_telemetry", Name: "release_decisions_total",
			Help: "Decisions on releasing patients' alerts and readings to care organisations, by endpoint and decision."},
			[]string{"endpoint", "decision"}),
		alerts: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "bevan_telemetry", Name: "alerts_raised_total",
			Help: "Virtual-ward alerts raised, by rule."}, []string{"rule"}),
	}
	reg.MustRegister(m.accepted, m.refused, m.anchored, m.excursions, m.releases, m.alerts)
	return m
}
