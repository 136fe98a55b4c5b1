// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// RecordAnchorMetaData contains all meta data concerning the RecordAnchor contract.
var RecordAnchorMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"trustedForwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"custodians\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"CUSTODIAN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"anchor\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"supersedes\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"anchorBatch\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leafCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"uri\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"anchorKeyOf\",\"inputs\":[{\"name\":\"custodian\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"anchorOf\",\"inputs\":[{\"name\":\"custodian\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"anchoredAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batch\",\"inputs\":[{\"name\":\"custodian\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"anchoredAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"leafCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchKeyOf\",\"inputs\":[{\"name\":\"custodian\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leafOf\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"custodian\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leaf\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyRecord\",\"inputs\":[{\"name\":\"custodian\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"versionIdOf\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"event\",\"name\":\"BatchAnchored\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"custodian\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"leafCount\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"uri\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RecordAnchored\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"custodian\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"supersedes\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyAnchored\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BatchExists\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidBatch\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leafCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidRecord\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"UnknownVersion\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"supersedes\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161172938038061172983398101604081905261002e916101fe565b6001600160a01b0383166080526100455f836100ac565b505f5b81518110156100a35761009a7fe28434228950b641dbbc0178de89daa359a87c6ee0d8399aeace52a98fe902b9838381518110610087576100876102eb565b60200260200101516100ac60201b60201c565b50600101610048565b5050505061035e565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661014d575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610105610156565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610150565b505f5b92915050565b5f61015f610164565b905090565b5f36601480821080159061017c575061017c336101aa565b156101a25761018f36828403815f6102ff565b61019891610326565b60601c9250505090565b339250505090565b5f6101b460805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b03811681146101e5575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f60608486031215610210575f5ffd5b610219846101cf565b9250610227602085016101cf565b60408501519092506001600160401b03811115610242575f5ffd5b8401601f81018613610252575f5ffd5b80516001600160401b0381111561026b5761026b6101ea565b604051600582901b90603f8201601f191681016001600160401b0381118282101715610299576102996101ea565b6040529182526020818401810192908101898411156102b6575f5ffd5b6020850194505b838510156102dc576102ce856101cf565b8152602094850194016102bd565b50809450505050509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f5f8585111561030d575f5ffd5b83861115610319575f5ffd5b5050820193919092039150565b80356001600160601b03198116906014841015610357576001600160601b0319601485900360031b81901b82161691505b5092915050565b6080516113a56103845f395f81816101f7015281816102bd0152610ea001526113a55ff3fe608060405234801561000f575f5ffd5b5060043610610163575f3560e01c806382ae6ebd116100c7578063a217fddf1161007d578063bb8e012911610063578063bb8e012914610451578063c79445d014610464578063d547741f1461048b575f5ffd5b8063a217fddf14610437578063ac218ade1461043e575f5ffd5b80639cde081b116100ad5780639cde081b146103895780639f483c3e1461039c578063a05cd90e14610424575f5ffd5b806382ae6ebd146102e757806391d1485414610346575f5ffd5b806363b99f341161011c5780636ed37a1d116101025780636ed37a1d1461025a5780636f7c972c1461026d5780637da0a877146102a3575f5ffd5b806363b99f3414610234578063652ff78b14610247575f5ffd5b80632f2ff15d1161014c5780632f2ff15d146101bf57806336568abe146101d4578063572b6c05146101e7575f5ffd5b806301ffc9a714610167578063248a9ca31461018f575b5f5ffd5b61017a610175366004610f76565b61049e565b60405190151581526020015b60405180910390f35b6101b161019d366004610fb5565b5f9081526020819052604090206001015490565b604051908152602001610186565b6101d26101cd366004610ff4565b610536565b005b6101d26101e2366004610ff4565b610560565b61017a6101f536600461101e565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff90811691161490565b6101b1610242366004611037565b6105db565b61017a610255366004611098565b610610565b6101d26102683660046110fb565b610655565b61028061027b366004611124565b6108cb565b6040805165ffffffffffff909316835263ffffffff909116602083015201610186565b60405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152602001610186565b6101b16102f536600461114c565b6040805173ffffffffffffffffffffffffffffffffffffffff85166020820152908101839052606081018290525f906080016040516020818303038152906040528051906020012090509392505050565b61017a610354366004610ff4565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6101d261039736600461117c565b610911565b61040d6103aa36600461114c565b6040805173ffffffffffffffffffffffffffffffffffffffff949094166020808601919091528482019390935260608085019290925280518085039092018252608090930183528051908201205f9081526001909152205465ffffffffffff1690565b60405165ffffffffffff9091168152602001610186565b6101b1610432366004611124565b610a8c565b6101b15f81565b61017a61044c366004611209565b610abc565b6101b161045f366004611037565b610ba1565b6101b17fe28434228950b641dbbc0178de89daa359a87c6ee0d8399aeace52a98fe902b981565b6101d2610499366004610ff4565b610bbe565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061053057507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f8281526020819052604090206001015461055081610be2565b61055a8383610bf6565b50505050565b610568610cf0565b73ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff16146105cc576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105d68282610cfe565b505050565b60408051602081018490529081018290525f906060015b60405160208183030381529060405280519060200120905092915050565b5f60025f61061e8888610a8c565b815260208101919091526040015f205465ffffffffffff161580159061064b575061064b83838787610def565b9695505050505050565b5f61065e610cf0565b905061068a7fe28434228950b641dbbc0178de89daa359a87c6ee0d8399aeace52a98fe902b982610e06565b831580610695575082155b8061069f57508282145b156106e5576040517fd67d77d200000000000000000000000000000000000000000000000000000000815260048101859052602481018490526044015b60405180910390fd5b6040805173ffffffffffffffffffffffffffffffffffffffff8316602080830191909152818301879052606080830187905283518084039091018152608090920183528151918101919091205f81815260019092529190205465ffffffffffff1615610787576040517fc3ab7af000000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016106dc565b82158015906107f257506040805173ffffffffffffffffffffffffffffffffffffffff8416602080830191909152818301889052606080830187905283518084039091018152608090920183528151918101919091205f9081526001909152205465ffffffffffff16155b15610833576040517fe59e466c00000000000000000000000000000000000000000000000000000000815260048101869052602481018490526044016106dc565b5f8181526001602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffff000000000000164265ffffffffffff16179055815173ffffffffffffffffffffffffffffffffffffffff85168152908101859052859187917f8ff5b8a2ec4cd6747f288287c828edb4592991412f8f72f9a92846996fb5d1a5910160405180910390a35050505050565b5f5f5f60025f6108db8787610a8c565b815260208101919091526040015f205465ffffffffffff811693506601000000000000900463ffffffff169150505b9250929050565b5f61091a610cf0565b90506109467fe28434228950b641dbbc0178de89daa359a87c6ee0d8399aeace52a98fe902b982610e06565b841580610957575063ffffffff8416155b1561099d576040517f751dc1020000000000000000000000000000000000000000000000000000000081526004810186905263ffffffff851660248201526044016106dc565b5f60025f6109ab8489610a8c565b815260208101919091526040015f20805490915065ffffffffffff1615610a01576040517f8367361d000000000000000000000000000000000000000000000000000000008152600481018790526024016106dc565b805463ffffffff86166601000000000000027fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000090911665ffffffffffff42161717815560405186907f821e479db4270f2ce2fe6b00506c74ef81fa87ac765d9611c6014bf11afdc95290610a7c908590899089908990611275565b60405180910390a2505050505050565b6040805173ffffffffffffffffffffffffffffffffffffffff841660208201529081018290525f906060016105f2565b5f838103610b2b57506040805173ffffffffffffffffffffffffffffffffffffffff8816602080830191909152818301889052606080830188905283518084039091018152608090920183528151918101919091205f9081526001909152205465ffffffffffff16151561064b565b60025f610b388987610a8c565b815260208101919091526040015f205465ffffffffffff1615801590610b965750610b96838386610b698a8a6105db565b604051602001610b7b91815260200190565b60405160208183030381529060405280519060200120610def565b979650505050505050565b5f610bac83836105db565b6040516020016105f291815260200190565b5f82815260208190526040902060010154610bd881610be2565b61055a8383610cfe565b610bf381610bee610cf0565b610e06565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610ce9575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610c87610cf0565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610530565b505f610530565b5f610cf9610e8f565b905090565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610ce9575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055610d8d610cf0565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610530565b5f82610dfc868685610f06565b1495945050505050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610e8b576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016106dc565b5050565b5f366014808210801590610ed857507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1633145b15610efe57610eeb36828403815f6112eb565b610ef491611312565b60601c9250505090565b339250505090565b5f81815b84811015610f3e57610f3482878784818110610f2857610f28611378565b90506020020135610f47565b9150600101610f0a565b50949350505050565b5f818310610f61575f828152602084905260409020610f6f565b5f8381526020839052604090205b9392505050565b5f60208284031215610f86575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610f6f575f5ffd5b5f60208284031215610fc5575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610fef575f5ffd5b919050565b5f5f60408385031215611005575f5ffd5b8235915061101560208401610fcc565b90509250929050565b5f6020828403121561102e575f5ffd5b610f6f82610fcc565b5f5f60408385031215611048575f5ffd5b50508035926020909101359150565b5f5f83601f840112611067575f5ffd5b50813567ffffffffffffffff81111561107e575f5ffd5b6020830191508360208260051b850101111561090a575f5ffd5b5f5f5f5f5f608086880312156110ac575f5ffd5b6110b586610fcc565b94506020860135935060408601359250606086013567ffffffffffffffff8111156110de575f5ffd5b6110ea88828901611057565b969995985093965092949392505050565b5f5f5f6060848603121561110d575f5ffd5b505081359360208301359350604090920135919050565b5f5f60408385031215611135575f5ffd5b61113e83610fcc565b946020939093013593505050565b5f5f5f6060848603121561115e575f5ffd5b61116784610fcc565b95602085013595506040909401359392505050565b5f5f5f5f6060858703121561118f575f5ffd5b84359350602085013563ffffffff811681146111a9575f5ffd5b9250604085013567ffffffffffffffff8111156111c4575f5ffd5b8501601f810187136111d4575f5ffd5b803567ffffffffffffffff8111156111ea575f5ffd5b8760208284010111156111fb575f5ffd5b949793965060200194505050565b5f5f5f5f5f5f60a0878903121561121e575f5ffd5b61122787610fcc565b9550602087013594506040870135935060608701359250608087013567ffffffffffffffff811115611257575f5ffd5b61126389828a01611057565b979a9699509497509295939492505050565b73ffffffffffffffffffffffffffffffffffffffff8516815263ffffffff8416602082015260606040820152816060820152818360808301375f818301608090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019392505050565b5f5f858511156112f9575f5ffd5b83861115611305575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015611371577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd",
}

// RecordAnchorABI is the input ABI used to generate the binding from.
// Deprecated: Use RecordAnchorMetaData.ABI instead.
var RecordAnchorABI = RecordAnchorMetaData.ABI

// RecordAnchorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RecordAnchorMetaData.Bin instead.
var RecordAnchorBin = RecordAnchorMetaData.Bin

// DeployRecordAnchor deploys a new Ethereum contract, binding an instance of RecordAnchor to it.
func DeployRecordAnchor(auth *bind.TransactOpts, backend bind.ContractBackend, trustedForwarder common.Address, admin common.Address, custodians []common.Address) (common.Address, *types.Transaction, *RecordAnchor, error) {
	parsed, err := RecordAnchorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RecordAnchorBin), backend, trustedForwarder, admin, custodians)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RecordAnchor{RecordAnchorCaller: RecordAnchorCaller{contract: contract}, RecordAnchorTransactor: RecordAnchorTransactor{contract: contract}, RecordAnchorFilterer: RecordAnchorFilterer{contract: contract}}, nil
}

// RecordAnchor is an auto generated Go binding around an Ethereum contract.
type RecordAnchor struct {
	RecordAnchorCaller     // Read-only binding to the contract
	RecordAnchorTransactor // Write-only binding to the contract
	RecordAnchorFilterer   // Log filterer for contract events
}

// RecordAnchorCaller is an auto generated read-only Go binding around an Ethereum contract.
type RecordAnchorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RecordAnchorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RecordAnchorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RecordAnchorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RecordAnchorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RecordAnchorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RecordAnchorSession struct {
	Contract     *RecordAnchor     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RecordAnchorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RecordAnchorCallerSession struct {
	Contract *RecordAnchorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// RecordAnchorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RecordAnchorTransactorSession struct {
	Contract     *RecordAnchorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// RecordAnchorRaw is an auto generated low-level Go binding around an Ethereum contract.
type RecordAnchorRaw struct {
	Contract *RecordAnchor // Generic contract binding to access the raw methods on
}

// RecordAnchorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RecordAnchorCallerRaw struct {
	Contract *RecordAnchorCaller // Generic read-only contract binding to access the raw methods on
}

// RecordAnchorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RecordAnchorTransactorRaw struct {
	Contract *RecordAnchorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRecordAnchor creates a new instance of RecordAnchor, bound to a specific deployed contract.
func NewRecordAnchor(address common.Address, backend bind.ContractBackend) (*RecordAnchor, error) {
	contract, err := bindRecordAnchor(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RecordAnchor{RecordAnchorCaller: RecordAnchorCaller{contract: contract}, RecordAnchorTransactor: RecordAnchorTransactor{contract: contract}, RecordAnchorFilterer: RecordAnchorFilterer{contract: contract}}, nil
}

// NewRecordAnchorCaller creates a new read-only instance of RecordAnchor, bound to a specific deployed contract.
func NewRecordAnchorCaller(address common.Address, caller bind.ContractCaller) (*RecordAnchorCaller, error) {
	contract, err := bindRecordAnchor(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RecordAnchorCaller{contract: contract}, nil
}

// NewRecordAnchorTransactor creates a new write-only instance of RecordAnchor, bound to a specific deployed contract.
func NewRecordAnchorTransactor(address common.Address, transactor bind.ContractTransactor) (*RecordAnchorTransactor, error) {
	contract, err := bindRecordAnchor(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RecordAnchorTransactor{contract: contract}, nil
}

// NewRecordAnchorFilterer creates a new log filterer instance of RecordAnchor, bound to a specific deployed contract.
func NewRecordAnchorFilterer(address common.Address, filterer bind.ContractFilterer) (*RecordAnchorFilterer, error) {
	contract, err := bindRecordAnchor(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RecordAnchorFilterer{contract: contract}, nil
}

// bindRecordAnchor binds a generic wrapper to an already deployed contract.
func bindRecordAnchor(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RecordAnchorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RecordAnchor *RecordAnchorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RecordAnchor.Contract.RecordAnchorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RecordAnchor *RecordAnchorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RecordAnchor.Contract.RecordAnchorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RecordAnchor *RecordAnchorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RecordAnchor.Contract.RecordAnchorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RecordAnchor *RecordAnchorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RecordAnchor.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RecordAnchor *RecordAnchorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RecordAnchor.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RecordAnchor *RecordAnchorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RecordAnchor.Contract.contract.Transact(opts, method, params...)
}

// CUSTODIANROLE is a free data retrieval call binding the contract method 0xc79445d0.
//
// Solidity: function CUSTODIAN_ROLE() view returns(bytes32)
func (_RecordAnchor *RecordAnchorCaller) CUSTODIANROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "CUSTODIAN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CUSTODIANROLE is a free data retrieval call binding the contract method 0xc79445d0.
//
// Solidity: function CUSTODIAN_ROLE() view returns(bytes32)
func (_RecordAnchor *RecordAnchorSession) CUSTODIANROLE() ([32]byte, error) {
	return _RecordAnchor.Contract.CUSTODIANROLE(&_RecordAnchor.CallOpts)
}

// CUSTODIANROLE is a free data retrieval call binding the contract method 0xc79445d0.
//
// Solidity: function CUSTODIAN_ROLE() view returns(bytes32)
func (_RecordAnchor *RecordAnchorCallerSession) CUSTODIANROLE() ([32]byte, error) {
	return _RecordAnchor.Contract.CUSTODIANROLE(&_RecordAnchor.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RecordAnchor *RecordAnchorCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RecordAnchor *RecordAnchorSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _RecordAnchor.Contract.DEFAULTADMINROLE(&_RecordAnchor.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RecordAnchor *RecordAnchorCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _RecordAnchor.Contract.DEFAULTADMINROLE(&_RecordAnchor.CallOpts)
}

// AnchorKeyOf is a free data retrieval call binding the contract method 0x82ae6ebd.
//
// Solidity: function anchorKeyOf(address custodian, bytes32 recordId, bytes32 contentHash) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorCaller) AnchorKeyOf(opts *bind.CallOpts, custodian common.Address, recordId [32]byte, contentHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "anchorKeyOf", custodian, recordId, contentHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AnchorKeyOf is a free data retrieval call binding the contract method 0x82ae6ebd.
//
// Solidity: function anchorKeyOf(address custodian, bytes32 recordId, bytes32 contentHash) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorSession) AnchorKeyOf(custodian common.Address, recordId [32]byte, contentHash [32]byte) ([32]byte, error) {
	return _RecordAnchor.Contract.AnchorKeyOf(&_RecordAnchor.CallOpts, custodian, recordId, contentHash)
}

// AnchorKeyOf is a free data retrieval call binding the contract method 0x82ae6ebd.
//
// Solidity: function anchorKeyOf(address custodian, bytes32 recordId, bytes32 contentHash) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorCallerSession) AnchorKeyOf(custodian common.Address, recordId [32]byte, contentHash [32]byte) ([32]byte, error) {
	return _RecordAnchor.Contract.AnchorKeyOf(&_RecordAnchor.CallOpts, custodian, recordId, contentHash)
}

// AnchorOf is a free data retrieval call binding the contract method 0x9f483c3e.
//
// Solidity: function anchorOf(address custodian, bytes32 recordId, bytes32 contentHash) view returns(uint48 anchoredAt)
func (_RecordAnchor *RecordAnchorCaller) AnchorOf(opts *bind.CallOpts, custodian common.Address, recordId [32]byte, contentHash [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "anchorOf", custodian, recordId, contentHash)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// AnchorOf is a free data retrieval call binding the contract method 0x9f483c3e.
//
// Solidity: function anchorOf(address custodian, bytes32 recordId, bytes32 contentHash) view returns(uint48 anchoredAt)
func (_RecordAnchor *RecordAnchorSession) AnchorOf(custodian common.Address, recordId [32]byte, contentHash [32]byte) (*big.Int, error) {
	return _RecordAnchor.Contract.AnchorOf(&_RecordAnchor.CallOpts, custodian, recordId, contentHash)
}

// AnchorOf is a free data retrieval call binding the contract method 0x9f483c3e.
//
// Solidity: function anchorOf(address custodian, bytes32 recordId, bytes32 contentHash) view returns(uint48 anchoredAt)
func (_RecordAnchor *RecordAnchorCallerSession) AnchorOf(custodian common.Address, recordId [32]byte, contentHash [32]byte) (*big.Int, error) {
	return _RecordAnchor.Contract.AnchorOf(&_RecordAnchor.CallOpts, custodian, recordId, contentHash)
}

// Batch is a free data retrieval call binding the contract method 0x6f7c972c.
//
// Solidity: function batch(address custodian, bytes32 root) view returns(uint48 anchoredAt, uint32 leafCount)
func (_RecordAnchor *RecordAnchorCaller) Batch(opts *bind.CallOpts, custodian common.Address, root [32]byte) (struct {
	AnchoredAt *big.Int
	LeafCount  uint32
}, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "batch", custodian, root)

	outstruct := new(struct {
		AnchoredAt *big.Int
		LeafCount  uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.AnchoredAt = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.LeafCount = *abi.ConvertType(out[1], new(uint32)).(*uint32)

	return *outstruct, err

}

// Batch is a free data retrieval call binding the contract method 0x6f7c972c.
//
// Solidity: function batch(address custodian, bytes32 root) view returns(uint48 anchoredAt, uint32 leafCount)
func (_RecordAnchor *RecordAnchorSession) Batch(custodian common.Address, root [32]byte) (struct {
	AnchoredAt *big.Int
	LeafCount  uint32
}, error) {
	return _RecordAnchor.Contract.Batch(&_RecordAnchor.CallOpts, custodian, root)
}

// Batch is a free data retrieval call binding the contract method 0x6f7c972c.
//
// Solidity: function batch(address custodian, bytes32 root) view returns(uint48 anchoredAt, uint32 leafCount)
func (_RecordAnchor *RecordAnchorCallerSession) Batch(custodian common.Address, root [32]byte) (struct {
	AnchoredAt *big.Int
	LeafCount  uint32
}, error) {
	return _RecordAnchor.Contract.Batch(&_RecordAnchor.CallOpts, custodian, root)
}

// BatchKeyOf is a free data retrieval call binding the contract method 0xa05cd90e.
//
// Solidity: function batchKeyOf(address custodian, bytes32 root) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorCaller) BatchKeyOf(opts *bind.CallOpts, custodian common.Address, root [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "batchKeyOf", custodian, root)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BatchKeyOf is a free data retrieval call binding the contract method 0xa05cd90e.
//
// Solidity: function batchKeyOf(address custodian, bytes32 root) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorSession) BatchKeyOf(custodian common.Address, root [32]byte) ([32]byte, error) {
	return _RecordAnchor.Contract.BatchKeyOf(&_RecordAnchor.CallOpts, custodian, root)
}

// BatchKeyOf is a free data retrieval call binding the contract method 0xa05cd90e.
//
// Solidity: function batchKeyOf(address custodian, bytes32 root) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorCallerSession) BatchKeyOf(custodian common.Address, root [32]byte) ([32]byte, error) {
	return _RecordAnchor.Contract.BatchKeyOf(&_RecordAnchor.CallOpts, custodian, root)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RecordAnchor *RecordAnchorCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RecordAnchor *RecordAnchorSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _RecordAnchor.Contract.GetRoleAdmin(&_RecordAnchor.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RecordAnchor *RecordAnchorCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _RecordAnchor.Contract.GetRoleAdmin(&_RecordAnchor.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RecordAnchor *RecordAnchorCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RecordAnchor *RecordAnchorSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _RecordAnchor.Contract.HasRole(&_RecordAnchor.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RecordAnchor *RecordAnchorCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _RecordAnchor.Contract.HasRole(&_RecordAnchor.CallOpts, role, account)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_RecordAnchor *RecordAnchorCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_RecordAnchor *RecordAnchorSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _RecordAnchor.Contract.IsTrustedForwarder(&_RecordAnchor.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_RecordAnchor *RecordAnchorCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _RecordAnchor.Contract.IsTrustedForwarder(&_RecordAnchor.CallOpts, forwarder)
}

// LeafOf is a free data retrieval call binding the contract method 0xbb8e0129.
//
// Solidity: function leafOf(bytes32 recordId, bytes32 contentHash) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorCaller) LeafOf(opts *bind.CallOpts, recordId [32]byte, contentHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "leafOf", recordId, contentHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LeafOf is a free data retrieval call binding the contract method 0xbb8e0129.
//
// Solidity: function leafOf(bytes32 recordId, bytes32 contentHash) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorSession) LeafOf(recordId [32]byte, contentHash [32]byte) ([32]byte, error) {
	return _RecordAnchor.Contract.LeafOf(&_RecordAnchor.CallOpts, recordId, contentHash)
}

// LeafOf is a free data retrieval call binding the contract method 0xbb8e0129.
//
// Solidity: function leafOf(bytes32 recordId, bytes32 contentHash) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorCallerSession) LeafOf(recordId [32]byte, contentHash [32]byte) ([32]byte, error) {
	return _RecordAnchor.Contract.LeafOf(&_RecordAnchor.CallOpts, recordId, contentHash)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RecordAnchor *RecordAnchorCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RecordAnchor *RecordAnchorSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _RecordAnchor.Contract.SupportsInterface(&_RecordAnchor.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RecordAnchor *RecordAnchorCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _RecordAnchor.Contract.SupportsInterface(&_RecordAnchor.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_RecordAnchor *RecordAnchorCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_RecordAnchor *RecordAnchorSession) TrustedForwarder() (common.Address, error) {
	return _RecordAnchor.Contract.TrustedForwarder(&_RecordAnchor.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_RecordAnchor *RecordAnchorCallerSession) TrustedForwarder() (common.Address, error) {
	return _RecordAnchor.Contract.TrustedForwarder(&_RecordAnchor.CallOpts)
}

// Verify is a free data retrieval call binding the contract method 0x652ff78b.
//
// Solidity: function verify(address custodian, bytes32 root, bytes32 leaf, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorCaller) Verify(opts *bind.CallOpts, custodian common.Address, root [32]byte, leaf [32]byte, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "verify", custodian, root, leaf, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0x652ff78b.
//
// Solidity: function verify(address custodian, bytes32 root, bytes32 leaf, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorSession) Verify(custodian common.Address, root [32]byte, leaf [32]byte, proof [][32]byte) (bool, error) {
	return _RecordAnchor.Contract.Verify(&_RecordAnchor.CallOpts, custodian, root, leaf, proof)
}

// Verify is a free data retrieval call binding the contract method 0x652ff78b.
//
// Solidity: function verify(address custodian, bytes32 root, bytes32 leaf, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorCallerSession) Verify(custodian common.Address, root [32]byte, leaf [32]byte, proof [][32]byte) (bool, error) {
	return _RecordAnchor.Contract.Verify(&_RecordAnchor.CallOpts, custodian, root, leaf, proof)
}

// VerifyRecord is a free data retrieval call binding the contract method 0xac218ade.
//
// Solidity: function verifyRecord(address custodian, bytes32 recordId, bytes32 contentHash, bytes32 root, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorCaller) VerifyRecord(opts *bind.CallOpts, custodian common.Address, recordId [32]byte, contentHash [32]byte, root [32]byte, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "verifyRecord", custodian, recordId, contentHash, root, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyRecord is a free data retrieval call binding the contract method 0xac218ade.
//
// Solidity: function verifyRecord(address custodian, bytes32 recordId, bytes32 contentHash, bytes32 root, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorSession) VerifyRecord(custodian common.Address, recordId [32]byte, contentHash [32]byte, root [32]byte, proof [][32]byte) (bool, error) {
	return _RecordAnchor.Contract.VerifyRecord(&_RecordAnchor.CallOpts, custodian, recordId, contentHash, root, proof)
}

// VerifyRecord is a free data retrieval call binding the contract method 0xac218ade.
//
// Solidity: function verifyRecord(address custodian, bytes32 recordId, bytes32 contentHash, bytes32 root, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorCallerSession) VerifyRecord(custodian common.Address, recordId [32]byte, contentHash [32]byte, root [32]byte, proof [][32]byte) (bool, error) {
	return _RecordAnchor.Contract.VerifyRecord(&_RecordAnchor.CallOpts, custodian, recordId, contentHash, root, proof)
}

// VersionIdOf is a free data retrieval call binding the contract method 0x63b99f34.
//
// Solidity: function versionIdOf(bytes32 recordId, bytes32 contentHash) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorCaller) VersionIdOf(opts *bind.CallOpts, recordId [32]byte, contentHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "versionIdOf", recordId, contentHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VersionIdOf is a free data retrieval call binding the contract method 0x63b99f34.
//
// Solidity: function versionIdOf(bytes32 recordId, bytes32 contentHash) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorSession) VersionIdOf(recordId [32]byte, contentHash [32]byte) ([32]byte, error) {
	return _RecordAnchor.Contract.VersionIdOf(&_RecordAnchor.CallOpts, recordId, contentHash)
}

// VersionIdOf is a free data retrieval call binding the contract method 0x63b99f34.
//
// Solidity: function versionIdOf(bytes32 recordId, bytes32 contentHash) pure returns(bytes32)
func (_RecordAnchor *RecordAnchorCallerSession) VersionIdOf(recordId [32]byte, contentHash [32]byte) ([32]byte, error) {
	return _RecordAnchor.Contract.VersionIdOf(&_RecordAnchor.CallOpts, recordId, contentHash)
}

// Anchor is a paid mutator transaction binding the contract method 0x6ed37a1d.
//
// Solidity: function anchor(bytes32 recordId, bytes32 contentHash, bytes32 supersedes) returns()
func (_RecordAnchor *RecordAnchorTransactor) Anchor(opts *bind.TransactOpts, recordId [32]byte, contentHash [32]byte, supersedes [32]byte) (*types.Transaction, error) {
	return _RecordAnchor.contract.Transact(opts, "anchor", recordId, contentHash, supersedes)
}

// Anchor is a paid mutator transaction binding the contract method 0x6ed37a1d.
//
// Solidity: function anchor(bytes32 recordId, bytes32 contentHash, bytes32 supersedes) returns()
func (_RecordAnchor *RecordAnchorSession) Anchor(recordId [32]byte, contentHash [32]byte, supersedes [32]byte) (*types.Transaction, error) {
	return _RecordAnchor.Contract.Anchor(&_RecordAnchor.TransactOpts, recordId, contentHash, supersedes)
}

// Anchor is a paid mutator transaction binding the contract method 0x6ed37a1d.
//
// Solidity: function anchor(bytes32 recordId, bytes32 contentHash, bytes32 supersedes) returns()
func (_RecordAnchor *RecordAnchorTransactorSession) Anchor(recordId [32]byte, contentHash [32]byte, supersedes [32]byte) (*types.Transaction, error) {
	return _RecordAnchor.Contract.Anchor(&_RecordAnchor.TransactOpts, recordId, contentHash, supersedes)
}

// AnchorBatch is a paid mutator transaction binding the contract method 0x9cde081b.
//
// Solidity: function anchorBatch(bytes32 root, uint32 leafCount, string uri) returns()
func (_RecordAnchor *RecordAnchorTransactor) AnchorBatch(opts *bind.TransactOpts, root [32]byte, leafCount uint32, uri string) (*types.Transaction, error) {
	return _RecordAnchor.contract.Transact(opts, "anchorBatch", root, leafCount, uri)
}

// AnchorBatch is a paid mutator transaction binding the contract method 0x9cde081b.
//
// Solidity: function anchorBatch(bytes32 root, uint32 leafCount, string uri) returns()
func (_RecordAnchor *RecordAnchorSession) AnchorBatch(root [32]byte, leafCount uint32, uri string) (*types.Transaction, error) {
	return _RecordAnchor.Contract.AnchorBatch(&_RecordAnchor.TransactOpts, root, leafCount, uri)
}

// AnchorBatch is a paid mutator transaction binding the contract method 0x9cde081b.
//
// Solidity: function anchorBatch(bytes32 root, uint32 leafCount, string uri) returns()
func (_RecordAnchor *RecordAnchorTransactorSession) AnchorBatch(root [32]byte, leafCount uint32, uri string) (*types.Transaction, error) {
	return _RecordAnchor.Contract.AnchorBatch(&_RecordAnchor.TransactOpts, root, leafCount, uri)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RecordAnchor *RecordAnchorTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RecordAnchor.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RecordAnchor *RecordAnchorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RecordAnchor.Contract.GrantRole(&_RecordAnchor.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RecordAnchor *RecordAnchorTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RecordAnchor.Contract.GrantRole(&_RecordAnchor.TransactOpts, role, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RecordAnchor *RecordAnchorTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RecordAnchor.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RecordAnchor *RecordAnchorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RecordAnchor.Contract.RenounceRole(&_RecordAnchor.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RecordAnchor *RecordAnchorTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RecordAnchor.Contract.RenounceRole(&_RecordAnchor.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RecordAnchor *RecordAnchorTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RecordAnchor.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RecordAnchor *RecordAnchorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RecordAnchor.Contract.RevokeRole(&_RecordAnchor.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RecordAnchor *RecordAnchorTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RecordAnchor.Contract.RevokeRole(&_RecordAnchor.TransactOpts, role, account)
}

// RecordAnchorBatchAnchoredIterator is returned from FilterBatchAnchored and is used to iterate over the raw logs and unpacked data for BatchAnchored events raised by the RecordAnchor contract.
type RecordAnchorBatchAnchoredIterator struct {
	Event *RecordAnchorBatchAnchored // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RecordAnchorBatchAnchoredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordAnchorBatchAnchored)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RecordAnchorBatchAnchored)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RecordAnchorBatchAnchoredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordAnchorBatchAnchoredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordAnchorBatchAnchored represents a BatchAnchored event raised by the RecordAnchor contract.
type RecordAnchorBatchAnchored struct {
	Root      [32]byte
	Custodian common.Address
	LeafCount uint32
	Uri       string
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterBatchAnchored is a free log retrieval operation binding the contract event 0x821e479db4270f2ce2fe6b00506c74ef81fa87ac765d9611c6014bf11afdc952.
//
// Solidity: event BatchAnchored(bytes32 indexed root, address custodian, uint32 leafCount, string uri)
func (_RecordAnchor *RecordAnchorFilterer) FilterBatchAnchored(opts *bind.FilterOpts, root [][32]byte) (*RecordAnchorBatchAnchoredIterator, error) {

	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _RecordAnchor.contract.FilterLogs(opts, "BatchAnchored", rootRule)
	if err != nil {
		return nil, err
	}
	return &RecordAnchorBatchAnchoredIterator{contract: _RecordAnchor.contract, event: "BatchAnchored", logs: logs, sub: sub}, nil
}

// WatchBatchAnchored is a free log subscription operation binding the contract event 0x821e479db4270f2ce2fe6b00506c74ef81fa87ac765d9611c6014bf11afdc952.
//
// Solidity: event BatchAnchored(bytes32 indexed root, address custodian, uint32 leafCount, string uri)
func (_RecordAnchor *RecordAnchorFilterer) WatchBatchAnchored(opts *bind.WatchOpts, sink chan<- *RecordAnchorBatchAnchored, root [][32]byte) (event.Subscription, error) {

	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _RecordAnchor.contract.WatchLogs(opts, "BatchAnchored", rootRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordAnchorBatchAnchored)
				if err := _RecordAnchor.contract.UnpackLog(event, "BatchAnchored", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBatchAnchored is a log parse operation binding the contract event 0x821e479db4270f2ce2fe6b00506c74ef81fa87ac765d9611c6014bf11afdc952.
//
// Solidity: event BatchAnchored(bytes32 indexed root, address custodian, uint32 leafCount, string uri)
func (_RecordAnchor *RecordAnchorFilterer) ParseBatchAnchored(log types.Log) (*RecordAnchorBatchAnchored, error) {
	event := new(RecordAnchorBatchAnchored)
	if err := _RecordAnchor.contract.UnpackLog(event, "BatchAnchored", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RecordAnchorRecordAnchoredIterator is returned from FilterRecordAnchored and is used to iterate over the raw logs and unpacked data for RecordAnchored events raised by the RecordAnchor contract.
type RecordAnchorRecordAnchoredIterator struct {
	Event *RecordAnchorRecordAnchored // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RecordAnchorRecordAnchoredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordAnchorRecordAnchored)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RecordAnchorRecordAnchored)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RecordAnchorRecordAnchoredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordAnchorRecordAnchoredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordAnchorRecordAnchored represents a RecordAnchored event raised by the RecordAnchor contract.
type RecordAnchorRecordAnchored struct {
	RecordId    [32]byte
	ContentHash [32]byte
	Custodian   common.Address
	Supersedes  [32]byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterRecordAnchored is a free log retrieval operation binding the contract event 0x8ff5b8a2ec4cd6747f288287c828edb4592991412f8f72f9a92846996fb5d1a5.
//
// Solidity: event RecordAnchored(bytes32 indexed recordId, bytes32 indexed contentHash, address custodian, bytes32 supersedes)
func (_RecordAnchor *RecordAnchorFilterer) FilterRecordAnchored(opts *bind.FilterOpts, recordId [][32]byte, contentHash [][32]byte) (*RecordAnchorRecordAnchoredIterator, error) {

	var recordIdRule []interface{}
	for _, recordIdItem := range recordId {
		recordIdRule = append(recordIdRule, recordIdItem)
	}
	var contentHashRule []interface{}
	for _, contentHashItem := range contentHash {
		contentHashRule = append(contentHashRule, contentHashItem)
	}

	logs, sub, err := _RecordAnchor.contract.FilterLogs(opts, "RecordAnchored", recordIdRule, contentHashRule)
	if err != nil {
		return nil, err
	}
	return &RecordAnchorRecordAnchoredIterator{contract: _RecordAnchor.contract, event: "RecordAnchored", logs: logs, sub: sub}, nil
}

// WatchRecordAnchored is a free log subscription operation binding the contract event 0x8ff5b8a2ec4cd6747f288287c828edb4592991412f8f72f9a92846996fb5d1a5.
//
// Solidity: event RecordAnchored(bytes32 indexed recordId, bytes32 indexed contentHash, address custodian, bytes32 supersedes)
func (_RecordAnchor *RecordAnchorFilterer) WatchRecordAnchored(opts *bind.WatchOpts, sink chan<- *RecordAnchorRecordAnchored, recordId [][32]byte, contentHash [][32]byte) (event.Subscription, error) {

	var recordIdRule []interface{}
	for _, recordIdItem := range recordId {
		recordIdRule = append(recordIdRule, recordIdItem)
	}
	var contentHashRule []interface{}
	for _, contentHashItem := range contentHash {
		contentHashRule = append(contentHashRule, contentHashItem)
	}

	logs, sub, err := _RecordAnchor.contract.WatchLogs(opts, "RecordAnchored", recordIdRule, contentHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordAnchorRecordAnchored)
				if err := _RecordAnchor.contract.UnpackLog(event, "RecordAnchored", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRecordAnchored is a log parse operation binding the contract event 0x8ff5b8a2ec4cd6747f288287c828edb4592991412f8f72f9a92846996fb5d1a5.
//
// Solidity: event RecordAnchored(bytes32 indexed recordId, bytes32 indexed contentHash, address custodian, bytes32 supersedes)
func (_RecordAnchor *RecordAnchorFilterer) ParseRecordAnchored(log types.Log) (*RecordAnchorRecordAnchored, error) {
	event := new(RecordAnchorRecordAnchored)
	if err := _RecordAnchor.contract.UnpackLog(event, "RecordAnchored", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RecordAnchorRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the RecordAnchor contract.
type RecordAnchorRoleAdminChangedIterator struct {
	Event *RecordAnchorRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RecordAnchorRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordAnchorRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RecordAnchorRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RecordAnchorRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordAnchorRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordAnchorRoleAdminChanged represents a RoleAdminChanged event raised by the RecordAnchor contract.
type RecordAnchorRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_RecordAnchor *RecordAnchorFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*RecordAnchorRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _RecordAnchor.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &RecordAnchorRoleAdminChangedIterator{contract: _RecordAnchor.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_RecordAnchor *RecordAnchorFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *RecordAnchorRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _RecordAnchor.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordAnchorRoleAdminChanged)
				if err := _RecordAnchor.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_RecordAnchor *RecordAnchorFilterer) ParseRoleAdminChanged(log types.Log) (*RecordAnchorRoleAdminChanged, error) {
	event := new(RecordAnchorRoleAdminChanged)
	if err := _RecordAnchor.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RecordAnchorRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the RecordAnchor contract.
type RecordAnchorRoleGrantedIterator struct {
	Event *RecordAnchorRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RecordAnchorRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordAnchorRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RecordAnchorRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RecordAnchorRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordAnchorRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordAnchorRoleGranted represents a RoleGranted event raised by the RecordAnchor contract.
type RecordAnchorRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_RecordAnchor *RecordAnchorFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RecordAnchorRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _RecordAnchor.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RecordAnchorRoleGrantedIterator{contract: _RecordAnchor.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_RecordAnchor *RecordAnchorFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *RecordAnchorRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _RecordAnchor.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordAnchorRoleGranted)
				if err := _RecordAnchor.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_RecordAnchor *RecordAnchorFilterer) ParseRoleGranted(log types.Log) (*RecordAnchorRoleGranted, error) {
	event := new(RecordAnchorRoleGranted)
	if err := _RecordAnchor.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RecordAnchorRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the RecordAnchor contract.
type RecordAnchorRoleRevokedIterator struct {
	Event *RecordAnchorRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RecordAnchorRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordAnchorRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RecordAnchorRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RecordAnchorRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordAnchorRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordAnchorRoleRevoked represents a RoleRevoked event raised by the RecordAnchor contract.
type RecordAnchorRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_RecordAnchor *RecordAnchorFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RecordAnchorRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _RecordAnchor.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RecordAnchorRoleRevokedIterator{contract: _RecordAnchor.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_RecordAnchor *RecordAnchorFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *RecordAnchorRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _RecordAnchor.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordAnchorRoleRevoked)
				if err := _RecordAnchor.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_RecordAnchor *RecordAnchorFilterer) ParseRoleRevoked(log types.Log) (*RecordAnchorRoleRevoked, error) {
	event := new(RecordAnchorRoleRevoked)
	if err := _RecordAnchor.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
