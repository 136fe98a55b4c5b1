package relayer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bevan-health/bevan/deployment"
	bevanmetrics "github.com/bevan-health/bevan/internal/metrics"
	"github.com/bevan-health/bevan/internal/serve"
	"github.com/bevan-health/bevan/relayer/admission"
	"github.com/bevan-health/bevan/relayer/policy"
	"github.com/bevan-health/bevan/relayer/queue"
	"github.com/bevan-health/bevan/relayer/rpcbatch"
	opcrypto "github.com/ethereum-optimism/optimism/op-service/crypto"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/redis/go-redis/v9"
)

// Service is a running relayer replica.
type Service struct {
	cfg      Config
	log      *slog.Logger
	client   *ethclient.Client
	calls    *rpcbatch.Caller
	chainID  *big.Int
	manifest *deployment.Manifest
	address  common.Address
	rdb      *redis.Client
	store    *queue.Store
	policy   *policy.Policy
	admit    *admission.Admission
	l1       *l1Fees
	txm      *txmgr.SimpleTxManager
	metrics  *metrics
	handler  http.Handler
	http     *serve.HTTP

	price   atomic.Pointer[big.Int] // cached gas price (wei)
	balance atomic.Pointer[big.Int] // cached relayer balance (wei)
	queued  atomic.Int64
	// redisTrips counts the round trips to Redis (bevan_relayer_redis_round_trips_total).
	redisTrips atomic.Uint64
	head       atomic.Uint64 // cached chain head
	headAt     atomic.Int64  // cached chain head's timestamp (unix seconds)

	active  sync.Map      // ids being processed by this replica
	sending sync.Map      // calldata (string) → *sending, for the requests being handed to txmgr
	sweep   chan struct{} // asks sweepLoop to look for orphaned claims

	claimCtx    context.Context
	cancelClaim context.CancelFunc
	workCtx     context.Context
	cancelWork  context.CancelFunc
	wg          sync.WaitGroup
	stopping    atomic.Bool
	stopped     atomic.Bool
}

// New connects to the chain and Redis, checks the manifest against the chain, and builds the txmgr for the
// relayer's key. Nothing is served or submitted until Start.
func New(ctx context.Context, cfg Config, log *slog.Logger) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("relayer config: %w", err)
	}
	s := &Service{cfg: cfg, log: log, address: cfg.SignerAddress, sweep: make(chan struct{}, 1)}
	if cfg.Key != nil {
		s.address = crypto.PubkeyToAddress(cfg.Key.PublicKey)
	}
	ok := false
	defer func() {
		if !ok {
			s.closeClients()
		}
	}()
	dctx, cancel := context.WithTimeout(ctx, cfg.Tx.NetworkTimeout)
	defer cancel()
	// Keep enough idle connections for every worker and request in flight: the default transport keeps two per
	// host, so hundreds of concurrent calls would each open a new TCP connection.
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConns, transport.MaxIdleConnsPerHost = 0, cfg.Workers+256
	rc, err := rpc.DialOptions(dctx, cfg.RPCURL, rpc.WithHTTPClient(&http.Client{Transport: transport}))
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", cfg.RPCURL, err)
	}
	s.client = ethclient.NewClient(rc)
	if s.chainID, err = s.client.ChainID(dctx); err != nil {
		return nil, fmt.Errorf("chain id from %s: %w", cfg.RPCURL, err)
	}
	if s.manifest, err = deployment.Load(cfg.ManifestPath); err != nil {
		return nil, err
	}
	if s.manifest.ChainID != s.chainID.Uint64() {
		return nil, fmt.Errorf("manifest %s is for chain %d but the RPC serves chain %d", cfg.ManifestPath, s.manifest.ChainID, s.chainID)
	}
	code, err := s.client.CodeAt(dctx, s.manifest.ForwarderAddress(), nil)
	if err != nil {
		return nil, fmt.Errorf("read the forwarder's code: %w", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("no contract at the manifest's forwarder %s on chain %d", s.manifest.ForwarderAddress(), s.chainID)
	}
	ropts, err := redis.ParseURL(cfg.RedisURL)
	if err != nil {
		return nil, fmt.Errorf("redis url: %w", err)
	}
	ropts.DialTimeout, ropts.ReadTimeout, ropts.WriteTimeout = 2*time.Second, 3*time.Second, 3*time.Second
	ropts.PoolSize = max(ropts.PoolSize, 2*cfg.Workers+64)
	// Keep connections open ahead of the requests: a connection opened on demand costs its request a TCP connect
	// and go-redis's handshake (HELLO, CLIENT SETINFO) while the API is busiest.
	ropts.MinIdleConns = max(ropts.MinIdleConns, 64)
	ropts.MaxRetries = 1
	s.rdb = redis.NewClient(ropts)
	s.rdb.AddHook(tripCounter{&s.redisTrips})
	s.store = queue.New(s.rdb, cfg.RedisPrefix, cfg.RecordTTL)
	if err := s.store.Ping(dctx); err != nil {
		return nil, fmt.Errorf("%s: %w", cfg.RedisURL, err)
	}
	acfg := cfg.Admission
	acfg.WalletRequestsPerMinute = cfg.Limits.RequestsPerMinute
	if s.admit, err = admission.New(acfg, s.rdb, s.store); err != nil {
		return nil, err
	}
	// Every eth_call of the policy (role reads, simulations) and of the L1 fee oracle goes through one batcher.
	s.calls = rpcbatch.New(rc, rpcbatch.Config{Timeout: 2 * cfg.Tx.NetworkTimeout})
	pcfg := policy.Config{ChainID: s.chainID, Manifest: s.manifest, Relayer: s.address,
		MaxRequestGas: cfg.MaxRequestGas, MaxTxGas: cfg.MaxTxGas, MinDeadline: cfg.MinDeadline, MaxDeadline: cfg.MaxDeadline, Head: s.head.Load}
	lvl, err := cfg.verifiedLevel()
	if err != nil {
		return nil, err
	}
	if lvl != nil {
		pcfg.RequireVerified, pcfg.VerifiedLevel = true, uint8(*lvl)
	}
	s.policy, err = policy.New(pcfg, s.calls)
	if err != nil {
		return nil, err
	}
	if s.l1, err = newL1Fees(dctx, s.calls); err != nil {
		return nil, err
	}
	if s.txm, err = s.newTxManager(); err != nil {
		return nil, err
	}
	if err := s.refreshChainState(dctx); err != nil {
		return nil, err
	}
	reg := cfg.Registry
	if reg == nil {
		reg = bevanmetrics.NewRegistry()
	}
	s.metrics = newMetrics(reg, counts{
		queued:     func() float64 { return float64(s.queued.Load()) },
		recoveries: func() float64 { return float64(s.policy.Recoveries()) },
		rpcCalls:   func() float64 { c, _ := s.calls.Stats(); return float64(c) },
		rpcBatches: func() float64 { _, b := s.calls.Stats(); return float64(b) },
		redisTrips: func() float64 { return float64(s.redisTrips.Load()) },
	})
	s.handler = s.routes()
	log.Info("relayer ready", "relayer", s.address, "chainId", s.chainID, "forwarder", s.manifest.ForwarderAddress(),
		"l1FeeOracle", s.l1.Present(), "redisPrefix", cfg.RedisPrefix,
		"appKeys", len(cfg.Admission.Apps), "allowlistedWallets", len(cfg.Admission.Wallets), "unauthenticated", cfg.Admission.Anonymous)
	ok = true
	return s, nil
}

func (s *Service) newTxManager() (*txmgr.SimpleTxManager, error) {
	t := s.cfg.Tx
	gwei := func(what string, g float64) (*big.Int, error) {
		w, err := eth.GweiToWei(g)
		if err != nil {
			return nil, fmt.Errorf("txmgr %s: %w", what, err)
		}
		return w, nil
	}
	c := &txmgr.Config{
		// The reads about the chain as a whole (head, fees) are shared by the workers, made at most every half
		// receipt interval (≤ 250 ms).
		Backend:                   newSharedReads(s.client, min(t.ReceiptQueryInterval/2, 250*time.Millisecond)),
		ChainID:                   s.chainID,
		TxSendTimeout:             t.TxSendTimeout,
		TxNotInMempoolTimeout:     t.TxNotInMempoolTimeout,
		NetworkTimeout:            t.NetworkTimeout,
		RetryInterval:             t.RetryInterval,
		MaxRetries:                t.MaxRetries,
		ReceiptQueryInterval:      t.ReceiptQueryInterval,
		NumConfirmations:          t.NumConfirmations,
		SafeAbortNonceTooLowCount: t.SafeAbortNonceTooLowCount,
		CellProofTime:             t.CellProofTime,
		Signer:                    s.signer(),
		From:                      s.address,
		// anvil answers a rebroadcast of a known transaction with these messages.
		AlreadyPublishedCustomErrs: append([]string{"transaction already imported", "already known"}, t.AlreadyPublishedCustomErrs...),
	}
	c.ResubmissionTimeout.Store(int64(t.ResubmissionTimeout))
	c.RebroadcastInterval.Store(int64(t.RebroadcastInterval))
	c.FeeLimitMultiplier.Store(t.FeeLimitMultiplier)
	for _, f := range []struct {
		what  string
		gwei  float64
		store func(*big.Int)
		zero  bool // 0 means none
	}{
		{"fee limit threshold", t.FeeLimitThresholdGwei, c.FeeLimitThreshold.Store, false},
		{"min base fee", t.MinBaseFeeGwei, c.MinBaseFee.Store, true},
		{"min tip cap", t.MinTipCapGwei, c.MinTipCap.Store, true},
		{"max base fee", t.MaxBaseFeeGwei, c.MaxBaseFee.Store, true},
		{"max tip cap", t.MaxTipCapGwei, c.MaxTipCap.Store, true},
	} {
		if f.zero && f.gwei == 0 {
			continue
		}
		w, err := gwei(f.what, f.gwei)
		if err != nil {
			return nil, err
		}
		f.store(w)
	}
	m, err := txmgr.NewSimpleTxManagerFromConfig("relayer", gethlog.NewLogger(minLevel{s.log.Handler(), slog.LevelWarn}), &txmetrics.NoopTxMetrics{}, c)
	if err != nil {
		return nil, fmt.Errorf("txmgr: %w", err)
	}
	return m, nil
}

// signer signs txmgr's transactions and journals each one in its request's record before txmgr publishes it
// (queue.Store.RecordSent): after a crash or a failed send, the request's last transaction is known, so it can be
// rebroadcast (filling a nonce gap) and the request is never sent again while that transaction may still land.
// A transaction that cannot be journaled is not signed (txmgr retries).
func (s *Service) signer() opcrypto.SignerFn {
	var sign opcrypto.SignerFn
	if s.cfg.Key != nil {
		sign = opcrypto.SignerFnFromBind(opcrypto.PrivateKeySignerFn(s.cfg.Key, s.chainID))
	} else {
		sign = s.cfg.SignerFactory(s.chainID)
	}
	return func(ctx context.Context, from common.Address, tx *types.Transaction) (*types.Transaction, error) {
		signed, err := sign(ctx, from, tx)
		if err != nil {
			return nil, err
		}
		v, ok := s.sending.Load(string(tx.Data()))
		if !ok {
			return signed, nil
		}
		sn := v.(*sending)
		raw, err := signed.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("encode the signed transaction: %w", err)
		}
		if _, err := s.store.RecordSent(ctx, sn.id, raw, time.Now()); err != nil {
			return nil, fmt.Errorf("journal the transaction before publishing it: %w", err)
		}
		sn.signed(signed.Hash())
		return signed, nil
	}
}

// Address is the relayer account (who pays).
func (s *Service) Address() common.Address { return s.address }

// ChainID is the chain's id.
func (s *Service) ChainID() *big.Int { return new(big.Int).Set(s.chainID) }

// Manifest is the deployment the relayer serves.
func (s *Service) Manifest() *deployment.Manifest { return s.manifest }

// URL is the API's base URL once started.
func (s *Service) URL() string {
	if s.http == nil {
		return ""
	}
	return "http://" + s.http.Addr()
}

// Store is the relayer's Redis state (tests and benchmarks inspect it).
func (s *Service) Store() *queue.Store { return s.store }

// Start recovers the requests this relayer key had in flight (after a crash), then starts the submitting workers
// and serves the API.
func (s *Service) Start(ctx context.Context) error {
	// The API's requests are small and answered within seconds: tighter bounds than the read services'.
	t := serve.Timeouts{ReadHeader: 5 * time.Second, Read: 10 * time.Second, Write: 30 * time.Second, Idle: 2 * time.Minute}
	h, err := serve.Listen(s.cfg.HTTPAddr, s.handler, t, s.log, "relayer")
	if err != nil {
		return err
	}
	s.http = h
	s.workCtx, s.cancelWork = context.WithCancel(context.Background())
	s.claimCtx, s.cancelClaim = context.WithCancel(s.workCtx)
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.run()
	}()
	s.log.Info("relayer serving", "url", s.URL())
	return nil
}

// Stop stops taking requests, lets in-flight submissions finish within ctx, then stops. Requests not finished stay
// in Redis and are recovered by the next start with the same key.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopping.Swap(true) {
		return nil
	}
	var errs []error
	if err := s.http.Shutdown(ctx); err != nil {
		errs = append(errs, fmt.Errorf("shut down the API: %w", err))
	}
	if s.cancelWork != nil {
		// Stop claiming; let submissions in flight finish while ctx allows, then abandon them to the next start.
		s.cancelClaim()
		done := make(chan struct{})
		go func() { s.wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-ctx.Done():
			s.cancelWork()
			<-done
		}
		s.cancelWork()
	}
	s.closeClients()
	s.stopped.Store(true)
	return errors.Join(errs...)
}

// Stopped reports whether Stop has run.
func (s *Service) Stopped() bool { return s.stopped.Load() }

func (s *Service) closeClients() {
	if s.txm != nil {
		s.txm.Close()
	}
	if s.calls != nil {
		s.calls.Close()
	}
	if s.rdb != nil {
		_ = s.rdb.Close()
	}
	if s.client != nil {
		s.client.Close()
	}
}

// refreshChainState caches the gas price and the relayer's balance (read at most every second, not per request).
func (s *Service) refreshChainState(ctx context.Context) error {
	price, err := s.client.SuggestGasPrice(ctx)
	if err != nil {
		return fmt.Errorf("gas price: %w", err)
	}
	bal, err := s.client.BalanceAt(ctx, s.address, nil)
	if err != nil {
		return fmt.Errorf("relayer balance: %w", err)
	}
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head block: %w", err)
	}
	s.price.Store(price)
	s.balance.Store(bal)
	s.head.Store(head.Number.Uint64())
	s.headAt.Store(int64(head.Time))
	return nil
}

// now is the time deadlines are judged against: the wall clock, or the chain head's timestamp when the chain runs
// ahead of it (the forwarder compares deadlines with block.timestamp; a devnet's clock can be moved forward).
func (s *Service) now() time.Time {
	now := time.Now()
	if at := time.Unix(s.headAt.Load(), 0); at.After(now) {
		return at
	}
	return now
}

// tripCounter counts each command and each pipeline sent to Redis as one round trip.
type tripCounter struct{ n *atomic.Uint64 }

func (tripCounter) DialHook(next redis.DialHook) redis.DialHook { return next }

func (t tripCounter) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		t.n.Add(1)
		return next(ctx, cmd)
	}
}

func (t tripCounter) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		t.n.Add(1)
		return next(ctx, cmds)
	}
}

// minLevel passes on only records at or above its level: txmgr logs every transaction at info, which at hundreds of
// transactions a second drowns the relayer's own logs. Its warnings and errors still show.
type minLevel struct {
	slog.Handler
	level slog.Level
}

func (h minLevel) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.level && h.Handler.Enabled(ctx, l)
}

func (h minLevel) WithAttrs(attrs []slog.Attr) slog.Handler {
	return minLevel{h.Handler.WithAttrs(attrs), h.level}
}

func (h minLevel) WithGroup(name string) slog.Handler {
	return minLevel{h.Handler.WithGroup(name), h.level}
}
