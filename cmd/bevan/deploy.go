package main

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/keys"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"
)

func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy the Bevan suite to an EVM chain (deterministic CREATE2; re-running is idempotent)",
		Description: "Deploys every contract through the deterministic-deployment proxy, hands every admin role to the\n" +
			"DAO's timelock, and writes deployments/<chainId>.json. The same config and deployer give the same\n" +
			"addresses on every chain; contracts already deployed are verified by code hash and skipped.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8545", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"BEVAN_RPC"}},
			&cli.StringFlag{Name: "chain", Value: "devnet", Usage: "chain preset (devnet, op-mainnet, op-sepolia, base, base-sepolia): the RPC's chain id must match", EnvVars: []string{"BEVAN_CHAIN"}},
			&cli.StringFlag{Name: "config", Usage: "deployment config file (JSON); default: the embedded devnet config, devnet only", EnvVars: []string{"BEVAN_DEPLOY_CONFIG"}},
			&cli.BoolFlag{Name: "print-config", Usage: "print the embedded devnet config (a template for --config) and exit"},
			&cli.StringFlag{Name: "deployments", Value: "deployments", Usage: "directory of the deployment manifests", EnvVars: []string{"BEVAN_DEPLOYMENTS"}},
			&cli.StringFlag{Name: "keystore", Usage: "deployer keystore file", EnvVars: []string{"BEVAN_DEPLOYER_KEYSTORE"}},
			&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password", EnvVars: []string{"BEVAN_DEPLOYER_PASSWORD_FILE"}},
			&cli.StringFlag{Name: "password-env", Value: "BEVAN_DEPLOYER_PASSWORD", Usage: "environment variable holding the keystore password"},
			&cli.StringFlag{Name: "private-key-env", Value: "BEVAN_DEPLOYER_KEY", Usage: "environment variable holding a raw hex key (development only; ignored with --keystore)"},
			&cli.BoolFlag{Name: "dev-key", Usage: "deploy with the devnet's public development deployer key (devnet only)"},
			&cli.BoolFlag{Name: "public-chain", Usage: "acknowledge deploying to a public chain preset (op-mainnet, base and their testnets): " +
				"everything Bevan records there is public forever (see docs/privacy.md)"},
		},
		Action: func(c *cli.Context) error {
			if c.Bool("print-config") {
				raw, err := devnet.DeploymentConfigJSON()
				if err != nil {
					return err
				}
				_, err = fmt.Fprintln(c.App.Writer, string(raw))
				return err
			}
			log, err := logger(c)
			if err != nil {
				return err
			}
			chain, err := deployment.Preset(c.String("chain"))
			if err != nil {
				return err
			}
			// Refused before any key is read or the RPC is dialled.
			if chain.Public && !c.Bool("public-chain") {
				return fmt.Errorf("refusing to deploy to %s without --public-chain: %s %s", chain.Name, chain.Name, deployment.PublicChainWarning)
			}
			if chain.Public {
				log.Warn("deploying to a public chain (--public-chain given)", "chain", chain.Name)
			}
			cfg := devnet.DeploymentConfig()
			if path := c.String("config"); path != "" {
				if cfg, err = deployment.LoadConfig(path); err != nil {
					return err
				}
			} else if chain.Name != "devnet" {
				return fmt.Errorf("--config is required for chain %s (the embedded config is for the devnet only)", chain.Name)
			}
			if err := cfg.CheckChain(chain); err != nil {
				return err
			}
			key, err := keys.Source{Keystore: c.String("keystore"), PasswordFile: c.String("password-file"),
				PasswordEnv: c.String("password-env"), RawEnv: c.String("private-key-env")}.Load()
			if c.Bool("dev-key") {
				if chain.Name != "devnet" {
					return fmt.Errorf("--dev-key is for the devnet only")
				}
				key, err = devnet.DevKey(devnet.RoleDeployer), nil
			}
			if err != nil {
				return err
			}
			client, err := ethclient.DialContext(c.Context, c.String("rpc"))
			if err != nil {
				return fmt.Errorf("dial %s: %w", c.String("rpc"), err)
			}
			defer client.Close()
			id, err := client.ChainID(c.Context)
			if err != nil {
				return fmt.Errorf("chain id from %s: %w", c.String("rpc"), err)
			}
			if id.Uint64() != chain.ChainID {
				return fmt.Errorf("the RPC's chain id is %d but preset %s is chain %d", id, chain.Name, chain.ChainID)
			}
			opts, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).Set(id))
			if err != nil {
				return err
			}
			opts.Context = c.Context
			// The manifest of an earlier deployment, if any (Deploy reuses the contracts it finds still deployed).
			prev, path, err := deployment.Resolve(c.Context, deployment.Source{Dir: c.String("deployments")}, client.ChainID)
			if path == "" {
				return err
			}
			m, err := deployment.NewDeployer(client, opts, log).Deploy(c.Context, cfg, prev)
			if err != nil {
				return err
			}
			if err := deployment.VerifyHandOver(c.Context, client, m); err != nil {
				return fmt.Errorf("hand-over check: %w", err)
			}
			if err := m.Save(path); err != nil {
				return err
			}
			log.Info("manifest written", "path", path)
			enc := json.NewEncoder(c.App.Writer)
			enc.SetIndent("", "  ")
			return enc.Encode(m)
		},
	}
}
