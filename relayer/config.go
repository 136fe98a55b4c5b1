// Package relayer is Bevan's gas-sponsoring relayer: an HTTP JSON service that takes EIP-712 forward requests and
// Governor ballots signed by NHS wallets, checks them against its policy, stores them durably in Redis, submits them
// through op-service's txmgr from its own key, and reports each request's status until it is final.
package relayer

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/bevan-health/bevan/identity"
	"github.com/bevan-health/bevan/relayer/admission"
	"github.com/bevan-health/bevan/relayer/queue"
	opcrypto "github.com/ethereum-optimism/optimism/op-service/crypto"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
)

// Config configures a relayer.
type Config struct {
	// RPCURL is the L2's JSON-RPC endpoint.
	RPCURL string
	// ManifestPath is the deployment manifest (deployments/<chainId>.json); its chain id must be the RPC's.
	ManifestPath string
	// RedisURL is the Redis shared by every replica (redis://host:port/db).
	RedisURL string
	// RedisPrefix namespaces the relayer's keys (replicas of one deployment share it).
	RedisPrefix string
	// HTTPAddr is where the API listens (host:port; port 0 picks a free one).
	HTTPAddr string
	// Key is the relayer's signing key: each replica has its own, never shared. Alternatively SignerFactory and
	// SignerAddress name a remote signer (op-service's signer flags); Key wins when both are set.
	Key           *ecdsa.PrivateKey
	SignerFactory opcrypto.SignerFactory
	SignerAddress common.Address

	// Limits are the per-wallet quotas and the global daily spending cap (gwei); zero disables one. The per-wallet
	// requests per minute are counted before any RPC call (with the sponsor's), the gas and spending at acceptance.
	Limits queue.Limits
	// Admission is where sponsorship comes from (app keys, allowlisted wallets, unauthenticated use per client
	// address): a request nobody sponsors is refused before any RPC call.
	Admission admission.Config
	// MaxRequestGas caps a forward request's gas; MaxTxGas the relayer's whole transaction.
	MaxRequestGas uint64
	MaxTxGas      uint64
	// MinDeadline is the least time a forward request's deadline must leave.
	MinDeadline time.Duration
	// MaxDeadline is the most time a forward request's deadline may leave (0: no cap): a request held for years
	// would hold a worker and part of the daily cap for as long.
	MaxDeadline time.Duration
	// RequireVerifiedPatients, when set ("P0", "P5" or "P9"), makes a patient's own actions (consents, objections,
	// guardians) need the signer's wallet verified at that identity level in IdentityRegistry: refused as
	// wallet_not_verified otherwise (docs/identity.md). Empty: not required.
	RequireVerifiedPatients string
	// MinBalance is the least balance (wei) the relayer must keep: below it, new requests are refused as
	// relayer_unfunded.
	MinBalance *big.Int

	// Workers is how many requests are submitted concurrently; 0 makes an API-only replica that accepts and queues
	// requests for the replicas that submit.
	Workers int
	// ClaimsPerSecond paces the workers: at most this many queued requests are taken up a second (0: no pace). A
	// burst of accepted requests otherwise sets every idle worker simulating, pricing, signing and sending at once,
	// and that work takes the CPU (and the node) from the API that is accepting the burst; paced at about what the
	// chain includes for one key, the sends are spread over the blocks that carry them anyway. On a 2 s OP Stack chain
	// with a 30 M gas block limit and ≈ 120 k gas relayed calls, a key lands at most ≈ 128 transactions a second.
	ClaimsPerSecond float64
	// MaxSendAttempts is how many failed sends (txmgr gave up, or the node refused the transaction) a request gets
	// before it ends failed ("gave up"), freeing its worker; 0: no bound (until its deadline).
	MaxSendAttempts int
	// Tx holds op-service's txmgr settings (TxDefaults unless set; its RPC URL and key fields are not used: the
	// relayer sends to RPCURL from Key or SignerFactory).
	Tx txmgr.CLIConfig
	// RecordTTL is how long final requests are kept.
	RecordTTL time.Duration
	// Registry is the process's Prometheus registry (internal/metrics.NewRegistry), shared by the services of one
	// process and served at /metrics; nil makes one for this service.
	Registry *prometheus.Registry
}

// DefaultConfig is a relayer configuration for a 2 s L2 (the key, RPC, manifest and Redis must still be set).
func DefaultConfig() Config {
	return Config{
		RedisURL:        "redis://127.0.0.1:6379/0",
		RedisPrefix:     "bevan:relayer",
		HTTPAddr:        "127.0.0.1:8547",
		Limits:          queue.Limits{RequestsPerMinute: 60, GasPerDay: 5_000_000, SpendCapGwei: 1_000_000_000}, // 1 ETH/day
		MaxRequestGas:   1_000_000,
		MaxTxGas:        1_500_000,
		MinDeadline:     30 * time.Second,
		MaxDeadline:     time.Hour,
		MinBalance:      big.NewInt(0),
		Workers:         256,
		ClaimsPerSecond: 150,
		MaxSendAttempts: 3,
		// Unauthenticated use is off unless allowed; when it is, these are its per-client-address limits.
		Admission: admission.Config{AnonymousLimits: admission.Limits{RequestsPerMinute: 6, GasPerDay: 2_000_000, BudgetGweiPerDay: 10_000_000},
			ClientReadsPerMinute: 120},
		RecordTTL: 7 * 24 * time.Hour,
		Tx:        txmgr.NewCLIConfig("", TxDefaults),
	}
}

// Check validates the configuration.
// verifiedLevel is RequireVerifiedPatients as a level (nil when not required).
func (c *Config) verifiedLevel() (*identity.Level, error) {
	if c.RequireVerifiedPatients == "" {
		return nil, nil
	}
	l, err := identity.ParseLevel(c.RequireVerifiedPatients)
	if err != nil {
		return nil, fmt.Errorf("require verified patients: %w", err)
	}
	return &l, nil
}

func (c *Config) Check() error {
	var errs []error
	if c.RPCURL == "" {
		errs = append(errs, errors.New("rpc url is required"))
	}
	if c.ManifestPath == "" {
		errs = append(errs, errors.New("deployment manifest is required"))
	}
	if c.RedisURL == "" {
		errs = append(errs, errors.New("redis url is required (the relayer keeps nothing it has accepted in memory only)"))
	}
	if c.RedisPrefix == "" {
		errs = append(errs, errors.New("redis key prefix is required"))
	}
	if c.HTTPAddr == "" {
		errs = append(errs, errors.New("http address is required"))
	}
	if c.Key == nil && (c.SignerFactory == nil || c.SignerAddress == (common.Address{})) {
		errs = append(errs, errors.New("relayer key is required (a key, or a remote signer with its address)"))
	}
	if c.Workers < 0 {
		errs = append(errs, fmt.Errorf("workers %d must not be negative", c.Workers))
	}
	if c.ClaimsPerSecond < 0 {
		errs = append(errs, fmt.Errorf("claims per second %v must not be negative", c.ClaimsPerSecond))
	}
	if c.MaxSendAttempts < 0 {
		errs = append(errs, fmt.Errorf("max send attempts %d must not be negative", c.MaxSendAttempts))
	}
	if c.Limits.RequestsPerMinute < 0 || c.Limits.GasPerDay < 0 || c.Limits.SpendCapGwei < 0 {
		errs = append(errs, errors.New("quotas must not be negative"))
	}
	if c.MaxDeadline > 0 && c.MaxDeadline <= c.MinDeadline {
		errs = append(errs, errors.New("maximum deadline must be longer than the minimum deadline"))
	}
	if _, err := c.verifiedLevel(); err != nil {
		errs = append(errs, err)
	}
	if c.MinDeadline < 0 {
		errs = append(errs, errors.New("minimum deadline must not be negative"))
	}
	if c.MaxRequestGas > 0 && c.MaxTxGas > 0 && c.MaxTxGas < c.MaxRequestGas {
		errs = append(errs, errors.New("max tx gas must be at least the max request gas"))
	}
	adm := c.Admission
	adm.WalletRequestsPerMinute = c.Limits.RequestsPerMinute
	if err := adm.Check(); err != nil {
		errs = append(errs, fmt.Errorf("sponsorship: %w", err))
	}
	t := c.Tx
	if t.NumConfirmations == 0 || t.ReceiptQueryInterval <= 0 || t.ResubmissionTimeout <= 0 || t.SafeAbortNonceTooLowCount == 0 ||
		t.NetworkTimeout <= 0 || t.TxSendTimeout <= 0 || t.TxNotInMempoolTimeout <= 0 || t.FeeLimitMultiplier == 0 {
		errs = append(errs, errors.New("txmgr settings must all be positive (a bounded send timeout included)"))
	}
	if t.MinBaseFeeGwei < t.MinTipCapGwei || t.MinTipCapGwei < 0 || t.FeeLimitThresholdGwei < 0 {
		errs = append(errs, errors.New("txmgr fee floors must not be negative, and the base fee floor at least the tip floor"))
	}
	return errors.Join(errs...)
}
