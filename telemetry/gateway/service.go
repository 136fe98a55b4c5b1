package gateway

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/internal/serve"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/signin"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/telemetry/ward"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/redis/go-redis/v9"
)

// Service is a running gateway replica.
type Service struct {
	cfg      Config
	log      *slog.Logger
	store    readings.Store
	rdb      *redis.Client
	eth      *ethclient.Client
	acceptor *acceptor
	anchorer *anchorer
	cold     *coldChain
	metrics  *gatewayMetrics
	permits  Permits
	nonces   *signin.Nonces
	sessions *signin.Sessions
	signin   atomic.Pointer[signIn]
	http     *serve.HTTP
	loop     *serve.Loop
	stopped  atomic.Bool
	// rounded is closed when the anchor loop's first round has ended.
	rounded chan struct{}
}

// New connects the store, Redis, the chain and the relayer, and checks them; it serves and sends nothing yet.
func New(ctx context.Context, cfg Config, log *slog.Logger) (_ *Service, err error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("gateway config: %w", err)
	}
	if cfg.Key == nil {
		return nil, errors.New("gateway config: no key (the gateway anchors as a RecordAnchor custodian)")
	}
	if cfg.WardRules == nil {
		cfg.WardRules = ward.DefaultRules()
	}
	s := &Service{cfg: cfg, log: log, loop: serve.NewLoop(), rounded: make(chan struct{}), metrics: newMetrics(cfg.Registry)}
	defer func() {
		if err != nil {
			s.close()
		}
	}()
	m, err := deployment.Load(cfg.ManifestPath)
	if err != nil {
		return nil, err
	}
	if s.eth, err = ethclient.DialContext(ctx, cfg.RPCURL); err != nil {
		return nil, fmt.Errorf("dial %s: %w", cfg.RPCURL, err)
	}
	id, err := s.eth.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	if !id.IsUint64() || id.Uint64() != m.ChainID {
		return nil, fmt.Errorf("the RPC serves chain %s, the manifest %s is of chain %d", id, cfg.ManifestPath, m.ChainID)
	}
	registryAddr := cfg.DeviceRegistry
	if registryAddr == (common.Address{}) {
		if registryAddr = m.DevicesAddress(); registryAddr == (common.Address{}) {
			return nil, fmt.Errorf("the manifest %s has no %s (give its address)", cfg.ManifestPath, deployment.Devices)
		}
	}
	reg2 := cfg.Devices
	if reg2 == nil {
		chain, err := NewChainRegistry(registryAddr, s.eth)
		if err != nil {
			return nil, err
		}
		reg2 = Cached(chain, cfg.RegistryTTL)
	}
	if s.store, err = readings.Open(ctx, cfg.DB); err != nil {
		return nil, err
	}
	ropts, err := redis.ParseURL(cfg.RedisURL)
	if err != nil {
		return nil, fmt.Errorf("redis url: %w", err)
	}
	s.rdb = redis.NewClient(ropts)
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		return nil, fmt.Errorf("redis: %w", err)
	}
	s.acceptor = &acceptor{limits: cfg.Limits, domain: telemetry.Domain{ChainID: new(big.Int).SetUint64(m.ChainID), Registry: registryAddr},
		reg: reg2, store: s.store, log: log, rules: s.cfg.WardRules,
		alerted: func(rule string) { s.metrics.alerts.WithLabelValues(rule).Inc() },
		seq:     &sequences{rdb: s.rdb, prefix: cfg.RedisPrefix, window: cfg.Window, ttl: cfg.Limits.MaxAge * 4}}
	ra, err := bindings.NewRecordAnchor(m.AnchorsAddress(), s.eth)
	if err != nil {
		return nil, fmt.Errorf("bind RecordAnchor: %w", err)
	}
	raABI, err := bindings.RecordAnchorMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("RecordAnchor ABI: %w", err)
	}
	if s.permits, err = newChainPermits(m.ConsentsAddress(), s.eth); err != nil {
		return nil, err
	}
	s.nonces = signin.NewNonces(s.rdb, cfg.RedisPrefix+":signin", 10*time.Minute)
	s.sessions = signin.NewSessions(s.rdb, cfg.RedisPrefix+":signin", cfg.SessionTTL)
	if cfg.PublicURL != "" {
		si, err := newSignIn(cfg.PublicURL, m.ChainID, s.nonces, s.sessions)
		if err != nil {
			return nil, err
		}
		s.signin.Store(si)
	}
	rc := relayerclient.New(cfg.RelayerURL, nil)
	rc.AppKey = cfg.AppKey
	s.anchorer = &anchorer{store: s.store, relayer: rc, key: cfg.Key, custodian: crypto.PubkeyToAddress(cfg.Key.PublicKey),
		domain:  relayerclient.Domain{ChainID: new(big.Int).SetUint64(m.ChainID), Forwarder: m.ForwarderAddress(), Governor: m.GovernorAddress()},
		anchors: m.AnchorsAddress(), chainID: m.ChainID, eth: s.eth, ra: ra, abi: raABI, max: cfg.MaxAnchorLeaves,
		lease: cfg.AnchorLease, log: log}
	regFilterer, err := bindings.NewDeviceRegistryFilterer(registryAddr, s.eth)
	if err != nil {
		return nil, fmt.Errorf("bind DeviceRegistry: %w", err)
	}
	regABI, err := bindings.DeviceRegistryMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("DeviceRegistry ABI: %w", err)
	}
	s.cold = &coldChain{store: s.store, reg: reg2, anchorer: s.anchorer, registry: registryAddr, filterer: regFilterer,
		abi: regABI, lookback: cfg.ExcursionLookback, lease: cfg.AnchorLease, log: log}
	// a cold store's excursions, and a patient's alerts, join the anchor that takes the readings they come from
	derivers := []readings.Derive{s.cold.derive, s.store.DeriveAlerts}
	if cfg.Derive != nil {
		derivers = append(derivers, cfg.Derive)
	}
	s.anchorer.derive = readings.Derivers(derivers...)
	return s, nil
}

// Domain is the EIP-712 domain devices sign for.
func (s *Service) Domain() telemetry.Domain { return s.acceptor.domain }

// Store is the readings store.
func (s *Service) Store() readings.Store { return s.store }

// Custodian is the account the gateway anchors as.
func (s *Service) Custodian() common.Address { return s.anchorer.custodian }

// Start serves the API and starts the anchor loop, whose first round anchors what a stopped gateway left.
func (s *Service) Start(ctx context.Context) error {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}))
	mux.Handle("/", s.routes())
	h, err := serve.Listen(s.cfg.HTTPAddr, mux, serve.DefaultTimeouts(), s.log, "telemetry gateway")
	if err != nil {
		return err
	}
	s.http = h
	if s.signin.Load() == nil {
		// no public URL given: sign-in messages name the address the gateway listens on
		si, err := newSignIn("http://"+h.Addr(), s.acceptor.domain.ChainID.Uint64(), s.nonces, s.sessions)
		if err != nil {
			_ = h.Shutdown(ctx)
			return err
		}
		s.signin.Store(si)
	}
	s.loop.Start(ctx, func(ctx context.Context) {
		first := true
		for {
			if _, err := s.AnchorNow(ctx); err != nil && ctx.Err() == nil {
				s.log.Error("anchor readings", "err", err)
			}
			if _, err := s.FollowNow(ctx); err != nil && ctx.Err() == nil {
				s.log.Error("record excursions", "err", err)
			}
			if first {
				first = false
				close(s.rounded)
			}
			if !serve.Sleep(ctx, s.cfg.AnchorInterval) {
				return
			}
		}
	})
	s.log.Info("telemetry gateway serving", "http", h.Addr(), "custodian", s.Custodian())
	return nil
}

// FirstRound is closed once the anchor loop's first round (which anchors and records what a stopped gateway left)
// has ended, whether or not it succeeded.
func (s *Service) FirstRound() <-chan struct{} { return s.rounded }

// AnchorNow anchors every reading waiting; it returns how many it anchored.
func (s *Service) AnchorNow(ctx context.Context) (int, error) {
	n, err := s.anchorer.anchorAll(ctx)
	s.metrics.anchored.Add(float64(n))
	return n, err
}

// FollowNow records in the DeviceRegistry every excursion whose anchor is on chain and that is not recorded yet;
// it returns how many it recorded.
func (s *Service) FollowNow(ctx context.Context) (int, error) {
	n, err := s.cold.followAll(ctx)
	s.metrics.excursions.Add(float64(n))
	return n, err
}

// Addr is where the API listens.
func (s *Service) Addr() string { return s.http.Addr() }

// Stop stops serving and anchoring (an anchor being sent is left to the next start or another replica) and closes
// the connections.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	err := errors.Join(s.http.Shutdown(ctx), s.loop.Stop(ctx, "telemetry gateway"))
	s.close()
	return err
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

func (s *Service) close() {
	if s.store != nil {
		_ = s.store.Close()
	}
	if s.rdb != nil {
		_ = s.rdb.Close()
	}
	if s.eth != nil {
		s.eth.Close()
	}
}
