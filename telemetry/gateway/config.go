// Package gateway is Bevan's telemetry gateway service: it takes EIP-712 signed reading batches from registered
// devices over HTTP, checks them (shape, units, signature, registration, sequence) before they cost anything, keeps
// them durably before it acknowledges them, and anchors them every interval as a salted Merkle batch through the
// relayer (RecordAnchor.anchorBatch from the gateway's custodian key), so each reading can later be proven.
package gateway

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/telemetry/ward"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
)

// Config is the gateway's settings.
type Config struct {
	// HTTPAddr is where the API listens (port 0: one the system picks).
	HTTPAddr string
	// DB is the readings store: a SQLite path (sqlite://path) or a postgres:// URL (shared by replicas).
	DB string
	// RedisURL and RedisPrefix hold the devices' sequence numbers, shared by replicas.
	RedisURL, RedisPrefix string
	// RPCURL is the L2; ManifestPath its deployment manifest (RecordAnchor, the forwarder, DeviceRegistry).
	RPCURL, ManifestPath string
	// DeviceRegistry overrides the manifest's DeviceRegistry address.
	DeviceRegistry common.Address
	// RelayerURL is the relayer the anchors are sent through; AppKey its app key (may be empty).
	RelayerURL, AppKey string
	// Key is the gateway's key: a RecordAnchor custodian (anchors) holding TELEMETRY_GATEWAY_ROLE (excursions).
	Key *ecdsa.PrivateKey
	// Limits bound a batch; MaxBody a request's bytes.
	Limits  telemetry.Limits
	MaxBody int64
	// Window is how far a device's sequence may run ahead of (gap) or behind (stale) its highest accepted.
	Window uint64
	// AnchorInterval is how often readings are anchored; MaxAnchorLeaves the most in one Merkle batch (several
	// anchors are sent when more are waiting); AnchorLease how long a gateway holds an anchor it is sending before
	// another (or itself, restarted) takes it over.
	AnchorInterval, AnchorLease time.Duration
	MaxAnchorLeaves             int
	// ExcursionLookback is how far before a new anchor's readings a cold store's earlier readings are read to find
	// where an excursion the anchor closes started (an excursion longer than that is recorded from the lookback's
	// start).
	ExcursionLookback time.Duration
	// RegistryTTL is how long a device lookup is kept (a deregistration takes effect within it).
	RegistryTTL time.Duration
	// Derive, when set, derives records anchored with each new anchor's readings besides the gateway's own (a
	// cold store's excursions): another service's, or a test's.
	Derive readings.Derive
	// WardRules are the virtual ward's alert rules (nil: ward.DefaultRules).
	WardRules *ward.Rules
	// PublicURL is the gateway's URL as care organisations reach it: sign-in messages name its host and URI ("":
	// http://<the address it listens on>). SessionTTL is how long a sign-in lasts.
	PublicURL  string
	SessionTTL time.Duration
	// NoncesPerMinute caps the sign-in nonces one client address (the connection's, or a proxy's) is issued a
	// minute: each is a Redis key for 10 minutes, so an unbounded issue would let anyone fill Redis.
	NoncesPerMinute int
	// Devices, when set, replaces the chain's DeviceRegistry (tests and benchmarks, until the contract is deployed).
	Devices Registry
	// Registry is the process's Prometheus registry (internal/metrics.NewRegistry); nil makes one.
	Registry *prometheus.Registry
}

// DefaultConfig: the API on 127.0.0.1:8549, SQLite telemetry.db, the machine's Redis, anchors every minute of up
// to 200,000 readings (a RecordAnchor batch costs the same whatever its size: under 1 gas a reading when full).
func DefaultConfig() Config {
	return Config{HTTPAddr: "127.0.0.1:8549", DB: "sqlite://telemetry.db", RedisURL: "redis://127.0.0.1:6379/0",
		RedisPrefix: "bevan:telemetry", RPCURL: "http://127.0.0.1:8545", RelayerURL: "http://127.0.0.1:8547",
		Limits: telemetry.DefaultLimits(), MaxBody: 1 << 20, Window: 64, AnchorInterval: time.Minute,
		AnchorLease: 5 * time.Minute, MaxAnchorLeaves: 200_000, RegistryTTL: 30 * time.Second,
		ExcursionLookback: 24 * time.Hour, SessionTTL: time.Hour, NoncesPerMinute: 60}
}

// Check validates every setting; all problems are joined.
func (c *Config) Check() error {
	var errs []error
	if c.DB == "" {
		errs = append(errs, errors.New("db is empty"))
	}
	if c.RedisURL == "" || c.RedisPrefix == "" {
		errs = append(errs, errors.New("redis url and prefix are required"))
	}
	if c.Limits.MaxReadings < 1 || c.Limits.MaxAge <= 0 || c.Limits.MaxSkew < 0 {
		errs = append(errs, fmt.Errorf("limits %+v: want at least one reading a batch and a positive age", c.Limits))
	}
	if c.MaxBody < 1024 {
		errs = append(errs, fmt.Errorf("max body %d: want at least 1024 bytes", c.MaxBody))
	}
	if c.Window < 1 || c.Window > 1<<20 {
		errs = append(errs, fmt.Errorf("sequence window %d: want 1..%d", c.Window, 1<<20))
	}
	if c.AnchorInterval <= 0 || c.AnchorLease <= 0 || c.MaxAnchorLeaves < 1 {
		errs = append(errs, errors.New("anchor interval, lease and batch size must be positive"))
	}
	if c.ExcursionLookback < time.Minute || c.ExcursionLookback > c.Limits.MaxAge {
		errs = append(errs, fmt.Errorf("excursion lookback %s: want a minute to the readings' max age %s", c.ExcursionLookback, c.Limits.MaxAge))
	}
	if c.WardRules != nil {
		if err := c.WardRules.Check(); err != nil {
			errs = append(errs, err)
		}
	}
	if c.SessionTTL <= 0 {
		errs = append(errs, errors.New("session ttl must be positive"))
	}
	if c.NoncesPerMinute < 1 {
		errs = append(errs, fmt.Errorf("nonces per minute %d: want at least 1", c.NoncesPerMinute))
	}
	if c.RegistryTTL < 0 {
		errs = append(errs, errors.New("registry ttl is negative"))
	}
	return errors.Join(errs...)
}
