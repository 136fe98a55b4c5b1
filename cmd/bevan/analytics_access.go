package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/bevan-health/bevan/analytics"
	"github.com/bevan-health/bevan/analytics/access"
	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/internal/serve"
	"github.com/bevan-health/bevan/keys"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/redis/go-redis/v9"
	"github.com/urfave/cli/v2"
)

// defaultAnalyticsURL is where `bevan devnet` serves the analytics endpoint.
const defaultAnalyticsURL = "http://127.0.0.1:8080/analytics"

// dataAccessPurposes are the purposes a dataset may be requested for (DataAccess.PURPOSE_*).
var dataAccessPurposes = map[string]vocab.Purpose{"HRESCH": vocab.HResch, "POPHLTH": vocab.PopHlth}

// analyticsAccessCommands are `bevan analytics request|approve|fetch|serve`: DAO-approved data access
// (docs/analytics.md).
func analyticsAccessCommands(measures []string) []*cli.Command {
	return []*cli.Command{
		{
			Name:  "request",
			Usage: "request a dataset for your member organisation: a measure, a purpose (HRESCH or POPHLTH) and a period (DataAccess.request, through the relayer)",
			Flags: append(chainFlags(true),
				&cli.StringFlag{Name: "measure", Required: true, Usage: "the measure: " + strings.Join(measures, ", ")},
				&cli.StringFlag{Name: "purpose", Required: true, Usage: "HRESCH (healthcare research) or POPHLTH (population health)"},
				&cli.StringFlag{Name: "period", Required: true, Usage: "the period: a year (2026), a quarter (2026-Q4) or a month (2026-11), UTC"},
			),
			Action: analyticsRequest,
		},
		{
			Name:      "approve",
			Usage:     "propose in the DAO that DataAccess.approve(REQUEST_ID) be executed (then vote, queue and execute it with `bevan dao`)",
			ArgsUsage: "REQUEST_ID",
			Flags: append(chainFlags(true),
				&cli.StringFlag{Name: "description", Usage: "the proposal's description (default: generated from the request, with the time)"}),
			Action: analyticsApprove,
		},
		{
			Name:      "fetch",
			Usage:     "sign in to the analytics endpoint with your wallet (EIP-4361), fetch an approved request's dataset, and check its release's anchor on chain",
			ArgsUsage: "REQUEST_ID",
			Flags: append(chainFlags(false),
				&cli.StringFlag{Name: "analytics", Value: defaultAnalyticsURL, Usage: "base URL of the analytics endpoint (`bevan devnet` serves it at /analytics)", EnvVars: []string{"BEVAN_ANALYTICS_URL"}},
				&cli.StringFlag{Name: "out", Usage: "(required) file the dataset (a FHIR R4 MeasureReport, the exact bytes released) is written to; the release's opening goes to FILE.release.json"},
				&cli.StringFlag{Name: "password-file", Usage: "file holding the wallet password (trailing newline ignored); default: prompt"},
				&cli.StringFlag{Name: "password-env", Usage: "name of an environment variable holding the wallet password; default: prompt"},
			),
			Action: analyticsFetch,
		},
		{
			Name:  "serve",
			Usage: "serve the analytics endpoint: EIP-4361 sign-in, DAO-approved datasets to their requesters, each release anchored through the relayer",
			Description: "Computes datasets from the index database (the one `bevan indexer` writes), checks requests and approvals on\n" +
				"chain, keeps sign-in nonces and sessions in Redis and anchors every release with its key (which must hold\n" +
				"DataAccess's RELEASER_ROLE) through the relayer, before serving it. `bevan devnet` serves the same endpoint at\n" +
				"/analytics on its GraphQL port. API and codes: docs/analytics.md.\n\n" +
				"Example:\n" +
				"  bevan analytics serve --db postgres://bevan@db/bevan --rpc http://l2:8545 --relayer http://relayer:8547 \\\n" +
				"    --keystore releaser.json --password-file pw --redis-url redis://cache:6379/2 --http 0.0.0.0:8090 \\\n" +
				"    --base-url https://analytics.icb.example",
			Flags: slices.Concat([]cli.Flag{
				&cli.StringFlag{Name: "db", Required: true, Usage: "the index database: sqlite://path or postgres://…", EnvVars: []string{"BEVAN_DB"}},
				&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8545", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"BEVAN_RPC"}},
				&cli.StringFlag{Name: "deployments", Value: "deployments", Usage: "directory of the deployment manifests", EnvVars: []string{"BEVAN_DEPLOYMENTS"}},
				&cli.StringFlag{Name: "relayer", Value: "http://127.0.0.1:8547", Usage: "URL of the relayer that sponsors the anchors", EnvVars: []string{"BEVAN_RELAYER_URL"}},
				&cli.StringFlag{Name: "app-key-file", Usage: "file holding the relayer app key (default: $" + appKeyEnv + ")", EnvVars: []string{"BEVAN_APP_KEY_FILE"}},
			}, keys.CLIFlags("keystore file of the releaser key (DataAccess RELEASER_ROLE)", nil), []cli.Flag{
				&cli.StringFlag{Name: "redis-url", Value: "redis://127.0.0.1:6379/0", Usage: "Redis for sign-in nonces and sessions", EnvVars: []string{"BEVAN_ANALYTICS_REDIS_URL"}},
				&cli.StringFlag{Name: "redis-prefix", Value: "bevan:analytics", Usage: "key prefix in Redis"},
				&cli.IntFlag{Name: "nonces-per-minute", Value: 60, Usage: "sign-in nonces issued to one client address a minute (behind a proxy: to the proxy)"},
				&cli.StringFlag{Name: "http", Value: "127.0.0.1:8090", Usage: "address to serve on"},
				&cli.StringFlag{Name: "base-url", Usage: "the URL clients reach the endpoint at (sign-in messages name its host); default http://<the address bound>"},
			}),
			Action: cliapp.LifecycleCmd(analyticsServe),
		},
	}
}

type accessRequestJSON struct {
	txResult
	RequestID uint64 `json:"requestId,omitempty"`
	Measure   string `json:"measure"`
	Purpose   string `json:"purpose"`
	Period    string `json:"period"`
}

func analyticsRequest(c *cli.Context) error {
	m, err := analytics.MeasureNamed(c.String("measure"))
	if err != nil {
		return err
	}
	measure, err := access.MeasureBytes(m.Name)
	if err != nil {
		return err
	}
	purpose, ok := dataAccessPurposes[strings.ToUpper(c.String("purpose"))]
	if !ok {
		return fmt.Errorf("--purpose %q: want HRESCH or POPHLTH", c.String("purpose"))
	}
	from, to, err := analytics.ParsePeriod(c.String("period"))
	if err != nil {
		return err
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	if e.m.AccessAddress() == (common.Address{}) {
		return errors.New("analytics request: this chain's deployment has no DataAccess contract")
	}
	data, err := packCall(bindings.DataAccessMetaData, "request", measure, uint8(purpose), big.NewInt(from.Unix()), big.NewInt(to.Unix()))
	if err != nil {
		return err
	}
	st, err := e.send("analytics request", e.m.AccessAddress(), data)
	if err != nil {
		return err
	}
	out := accessRequestJSON{txResult: e.resultOf(st), Measure: m.Name, Purpose: purpose.String(), Period: c.String("period")}
	if st.TxHash != nil {
		if out.RequestID, err = access.RequestIDOf(c.Context, e.eth, e.m, *st.TxHash); err != nil {
			return err
		}
	}
	return e.report("analytics request", st, out, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "data-access request %d: %s for %s, %s (by %s)\n  tx %s (block %d)\n  the DAO approves it: bevan analytics approve %d\n",
			out.RequestID, out.Measure, out.Purpose, out.Period, st.From.Hex(), st.TxHash.Hex(), st.Block, out.RequestID)
		return err
	})
}

// requestArg is the REQUEST_ID argument.
func requestArg(c *cli.Context, what string) (uint64, error) {
	args, err := positional(c)
	if err != nil {
		return 0, err
	}
	if len(args) != 1 {
		return 0, fmt.Errorf("%s: give REQUEST_ID", what)
	}
	id, err := strconv.ParseUint(args[0], 10, 64)
	if err != nil || id == 0 {
		return 0, fmt.Errorf("%s: request id %q: want a positive decimal integer", what, args[0])
	}
	return id, nil
}

func analyticsApprove(c *cli.Context) error {
	id, err := requestArg(c, "analytics approve")
	if err != nil {
		return err
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	da, err := bindings.NewDataAccessCaller(e.m.AccessAddress(), e.eth)
	if err != nil {
		return err
	}
	req, err := da.RequestOf(&bind.CallOpts{Context: c.Context}, new(big.Int).SetUint64(id))
	if err != nil {
		return fmt.Errorf("read request %d: %w", id, err)
	}
	if req.Requester == (common.Address{}) {
		return fmt.Errorf("analytics approve: DataAccess has no request %d", id)
	}
	if req.ApprovedAt.Sign() != 0 {
		return fmt.Errorf("analytics approve: request %d is already approved", id)
	}
	data, err := packCall(bindings.DataAccessMetaData, "approve", new(big.Int).SetUint64(id))
	if err != nil {
		return err
	}
	desc := fmt.Sprintf("Approve data-access request %d: %s for %s, %s, to %s", id, access.MeasureName(req.Measure),
		vocab.Purpose(req.Purpose), access.PeriodLabel(req.PeriodStart.Int64(), req.PeriodEnd.Int64()), req.Requester.Hex())
	return proposeAction(c, e, e.m.AccessAddress(), data, desc)
}

type fetchJSON struct {
	RequestID   uint64      `json:"requestId"`
	File        string      `json:"file"`
	Opening     string      `json:"opening"`
	ReleaseHash common.Hash `json:"releaseHash"`
	Release     uint32      `json:"release"`
	AnchorTx    common.Hash `json:"anchorTx"`
	AnchorBlock uint64      `json:"anchorBlock"`
}

func analyticsFetch(c *cli.Context) error {
	id, err := requestArg(c, "analytics fetch")
	if err != nil {
		return err
	}
	if c.String("out") == "" {
		return errors.New("analytics fetch: --out FILE is required")
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	key, acct, err := unlockWallet(c)
	if err != nil {
		return err
	}
	cl := access.NewClient(c.String("analytics"), e.m.ChainID, nil)
	if _, err := cl.SignIn(c.Context, key); err != nil {
		return fmt.Errorf("analytics fetch: sign in: %w", err)
	}
	d, err := cl.Dataset(c.Context, id)
	if err != nil {
		return fmt.Errorf("analytics fetch: %w", err)
	}
	n, err := d.Check(c.Context, e.eth, e.m, id, acct.Address)
	if err != nil {
		return fmt.Errorf("analytics fetch: the release does not check out, so it was not written: %w", err)
	}
	path := c.String("out")
	if err := os.WriteFile(path, d.Dataset, 0o600); err != nil {
		return fmt.Errorf("write dataset: %w", err)
	}
	opening, err := json.MarshalIndent(struct {
		Opening     access.Opening `json:"opening"`
		AnchorTx    common.Hash    `json:"anchorTx"`
		AnchorBlock uint64         `json:"anchorBlock"`
		Release     uint32         `json:"release"`
	}{d.Opening, d.AnchorTx, d.AnchorBlock, n}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path+".release.json", append(opening, '\n'), 0o600); err != nil {
		return fmt.Errorf("write opening: %w", err)
	}
	out := fetchJSON{RequestID: id, File: path, Opening: path + ".release.json", ReleaseHash: d.Opening.ReleaseHash, Release: n,
		AnchorTx: d.AnchorTx, AnchorBlock: d.AnchorBlock}
	return printResult(c, out, func(w io.Writer) error {
		if err := access.WriteReport(w, d.Dataset); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "\ndataset of request %d written to %s (opening: %s)\nrelease %d anchored on chain: releaseHash %s, tx %s (block %d), checked\n",
			id, path, out.Opening, n, d.Opening.ReleaseHash.Hex(), d.AnchorTx.Hex(), d.AnchorBlock)
		return err
	})
}

// analyticsService is `bevan analytics serve` as a lifecycle.
type analyticsService struct {
	http    *serve.HTTP
	srv     *access.Server
	st      store.Store
	eth     *ethclient.Client
	rdb     *redis.Client
	addr    string
	stopped atomic.Bool
}

func analyticsServe(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
	log, err := logger(c)
	if err != nil {
		return nil, err
	}
	key, err := keys.ReadCLISource(c).Load()
	if err != nil {
		return nil, fmt.Errorf("releaser key: %w", err)
	}
	rc := relayerclient.New(c.String("relayer"), nil)
	if path := c.String("app-key-file"); path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("--app-key-file: %w", err)
		}
		rc.AppKey = strings.TrimSpace(string(raw))
	} else {
		rc.AppKey = strings.TrimSpace(os.Getenv(appKeyEnv))
	}
	eth, err := ethclient.DialContext(c.Context, c.String("rpc"))
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", c.String("rpc"), err)
	}
	m, _, err := deployment.Resolve(c.Context, deployment.Source{Dir: c.String("deployments")}, eth.ChainID)
	if err != nil {
		eth.Close()
		return nil, err
	}
	st, err := store.Open(c.Context, c.String("db"))
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("index database: %w", err)
	}
	opt, err := redis.ParseURL(c.String("redis-url"))
	if err != nil {
		eth.Close()
		_ = st.Close()
		return nil, fmt.Errorf("--redis-url: %w", err)
	}
	s := &analyticsService{st: st, eth: eth, rdb: redis.NewClient(opt), addr: c.String("http")}
	// Listen first (port 0 picks one), then build the endpoint: its sign-in domain is the address bound unless
	// --base-url names the URL clients use.
	mux := http.NewServeMux()
	s.http, err = serve.Listen(s.addr, mux, serve.DefaultTimeouts(), log, "analytics")
	if err != nil {
		_ = s.close()
		return nil, err
	}
	base := c.String("base-url")
	if base == "" {
		base = "http://" + s.http.Addr()
	}
	s.srv, err = access.New(access.Config{BaseURL: base, Store: st, Chain: eth, Manifest: m, Relayer: rc, Key: key, Redis: s.rdb,
		RedisPrefix: c.String("redis-prefix"), NoncesPerMinute: c.Int("nonces-per-minute"), Log: log.With("service", "analytics")})
	if err != nil {
		_ = s.http.Shutdown(c.Context)
		_ = s.close()
		return nil, err
	}
	mux.Handle("/", s.srv.Handler())
	log.Info("analytics endpoint serving", "addr", s.http.Addr(), "baseURL", base)
	return s, nil
}

func (s *analyticsService) Start(context.Context) error { return nil }

func (s *analyticsService) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	err := s.http.Shutdown(ctx)
	return errors.Join(err, s.close())
}

func (s *analyticsService) close() error {
	s.eth.Close()
	return errors.Join(s.rdb.Close(), s.st.Close())
}

func (s *analyticsService) Stopped() bool { return s.stopped.Load() }
