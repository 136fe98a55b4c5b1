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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"trustedForwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"custodians\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"CUSTODIAN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"anchor\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"supersedes\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"anchorBatch\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leafCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"uri\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"anchorOf\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"custodian\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"anchoredAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batch\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"custodian\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"anchoredAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"leafCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leafOf\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leaf\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyRecord\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"versionIdOf\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"event\",\"name\":\"BatchAnchored\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"custodian\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"leafCount\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"uri\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RecordAnchored\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"custodian\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"supersedes\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyAnchored\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BatchExists\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidBatch\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leafCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidRecord\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"UnknownVersion\",\"inputs\":[{\"name\":\"recordId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"supersedes\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161165438038061165483398101604081905261002e916101fe565b6001600160a01b0383166080526100455f836100ac565b505f5b81518110156100a35761009a7fe28434228950b641dbbc0178de89daa359a87c6ee0d8399aeace52a98fe902b9838381518110610087576100876102eb565b60200260200101516100ac60201b60201c565b50600101610048565b5050505061035e565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661014d575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610105610156565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610150565b505f5b92915050565b5f61015f610164565b905090565b5f36601480821080159061017c575061017c336101aa565b156101a25761018f36828403815f6102ff565b61019891610326565b60601c9250505090565b339250505090565b5f6101b460805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b03811681146101e5575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f60608486031215610210575f5ffd5b610219846101cf565b9250610227602085016101cf565b60408501519092506001600160401b03811115610242575f5ffd5b8401601f81018613610252575f5ffd5b80516001600160401b0381111561026b5761026b6101ea565b604051600582901b90603f8201601f191681016001600160401b0381118282101715610299576102996101ea565b6040529182526020818401810192908101898411156102b6575f5ffd5b6020850194505b838510156102dc576102ce856101cf565b8152602094850194016102bd565b50809450505050509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f5f8585111561030d575f5ffd5b83861115610319575f5ffd5b5050820193919092039150565b80356001600160601b03198116906014841015610357576001600160601b0319601485900360031b81901b82161691505b5092915050565b6080516112d06103845f395f818161021c015281816102990152610e8801526112d05ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c80637da0a877116100ad578063bb8e01291161007d578063d547741f11610063578063d547741f1461035a578063fd75ff291461036d578063fddaa06514610380575f5ffd5b8063bb8e012914610320578063c79445d014610333575f5ffd5b80637da0a8771461027f57806391d14854146102c35780639cde081b14610306578063a217fddf14610319575f5ffd5b80633423e54811610102578063572b6c05116100e8578063572b6c051461020c57806363b99f34146102595780636ed37a1d1461026c575f5ffd5b80633423e548146101e657806336568abe146101f9575f5ffd5b806301ffc9a714610133578063248a9ca31461015b5780632f2ff15d1461018b5780632f71a556146101a0575b5f5ffd5b610146610141366004610f1d565b61043b565b60405190151581526020015b60405180910390f35b61017d610169366004610f5c565b5f9081526020819052604090206001015490565b604051908152602001610152565b61019e610199366004610f9b565b6104d3565b005b6101b36101ae366004610fc5565b6104fd565b6040805173ffffffffffffffffffffffffffffffffffffffff909316835265ffffffffffff909116602083015201610152565b6101466101f4366004611026565b610561565b61019e610207366004610f9b565b6105ad565b61014661021a366004611075565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff90811691161490565b61017d610267366004610fc5565b610628565b61019e61027a36600461108e565b61065d565b60405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152602001610152565b6101466102d1366004610f9b565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61019e6103143660046110b7565b6108a0565b61017d5f81565b61017d61032e366004610fc5565b610a85565b61017d7fe28434228950b641dbbc0178de89daa359a87c6ee0d8399aeace52a98fe902b981565b61019e610368366004610f9b565b610aa2565b61014661037b366004611144565b610ac6565b6103fc61038e366004610f5c565b5f9081526002602052604090205473ffffffffffffffffffffffffffffffffffffffff81169174010000000000000000000000000000000000000000820465ffffffffffff16917a010000000000000000000000000000000000000000000000000000900463ffffffff1690565b6040805173ffffffffffffffffffffffffffffffffffffffff909416845265ffffffffffff909216602084015263ffffffff1690820152606001610152565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806104cd57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f828152602081905260409020600101546104ed81610b89565b6104f78383610b9d565b50505050565b5f5f5f60015f61050d8787610628565b815260208101919091526040015f205473ffffffffffffffffffffffffffffffffffffffff8116935074010000000000000000000000000000000000000000900465ffffffffffff169150505b9250929050565b5f8481526002602052604081205474010000000000000000000000000000000000000000900465ffffffffffff16158015906105a457506105a483838787610c97565b95945050505050565b6105b5610cae565b73ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610619576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106238282610cbc565b505050565b60408051602081018490529081018290525f906060015b60405160208183030381529060405280519060200120905092915050565b5f610666610cae565b90506106927fe28434228950b641dbbc0178de89daa359a87c6ee0d8399aeace52a98fe902b982610dad565b83158061069d575082155b806106a757508282145b156106ed576040517fd67d77d200000000000000000000000000000000000000000000000000000000815260048101859052602481018490526044015b60405180910390fd5b5f60015f6106fb8787610628565b815260208101919091526040015f20805490915074010000000000000000000000000000000000000000900465ffffffffffff1615610770576040517fc3ab7af000000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016106e4565b82158015906107b9575060015f6107878786610628565b815260208101919091526040015f205474010000000000000000000000000000000000000000900465ffffffffffff16155b156107fa576040517fe59e466c00000000000000000000000000000000000000000000000000000000815260048101869052602481018490526044016106e4565b805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffff00000000000000000000000000000000000000000000000000009091168117740100000000000000000000000000000000000000004265ffffffffffff16021782556040805191825260208201859052859187917f8ff5b8a2ec4cd6747f288287c828edb4592991412f8f72f9a92846996fb5d1a5910160405180910390a35050505050565b5f6108a9610cae565b90506108d57fe28434228950b641dbbc0178de89daa359a87c6ee0d8399aeace52a98fe902b982610dad565b8415806108e6575063ffffffff8416155b1561092c576040517f751dc1020000000000000000000000000000000000000000000000000000000081526004810186905263ffffffff851660248201526044016106e4565b5f858152600260205260409020805474010000000000000000000000000000000000000000900465ffffffffffff1615610995576040517f8367361d000000000000000000000000000000000000000000000000000000008152600481018790526024016106e4565b805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffff000000000000000000000000000000000000000000000000000090911617740100000000000000000000000000000000000000004265ffffffffffff1602177fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff167a01000000000000000000000000000000000000000000000000000063ffffffff87160217815560405186907f821e479db4270f2ce2fe6b00506c74ef81fa87ac765d9611c6014bf11afdc95290610a759085908990899089906111a0565b60405180910390a2505050505050565b5f610a908383610628565b60405160200161063f91815260200190565b5f82815260208190526040902060010154610abc81610b89565b6104f78383610cbc565b5f5f610ad28787610628565b90505f859003610b13575f9081526001602052604090205474010000000000000000000000000000000000000000900465ffffffffffff16151590506105a4565b5f8581526002602052604090205474010000000000000000000000000000000000000000900465ffffffffffff1615801590610b7e5750610b7e84848784604051602001610b6391815260200190565b60405160208183030381529060405280519060200120610c97565b979650505050505050565b610b9a81610b95610cae565b610dad565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610c90575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610c2e610cae565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104cd565b505f6104cd565b5f82610ca4868685610e36565b1495945050505050565b5f610cb7610e77565b905090565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610c90575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055610d4b610cae565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016104cd565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610e32576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016106e4565b5050565b5f81815b84811015610e6e57610e6482878784818110610e5857610e58611216565b90506020020135610eee565b9150600101610e3a565b50949350505050565b5f366014808210801590610ec057507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1633145b15610ee657610ed336828403815f611243565b610edc9161126a565b60601c9250505090565b339250505090565b5f818310610f08575f828152602084905260409020610f16565b5f8381526020839052604090205b9392505050565b5f60208284031215610f2d575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610f16575f5ffd5b5f60208284031215610f6c575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610f96575f5ffd5b919050565b5f5f60408385031215610fac575f5ffd5b82359150610fbc60208401610f73565b90509250929050565b5f5f60408385031215610fd6575f5ffd5b50508035926020909101359150565b5f5f83601f840112610ff5575f5ffd5b50813567ffffffffffffffff81111561100c575f5ffd5b6020830191508360208260051b850101111561055a575f5ffd5b5f5f5f5f60608587031215611039575f5ffd5b8435935060208501359250604085013567ffffffffffffffff81111561105d575f5ffd5b61106987828801610fe5565b95989497509550505050565b5f60208284031215611085575f5ffd5b610f1682610f73565b5f5f5f606084860312156110a0575f5ffd5b505081359360208301359350604090920135919050565b5f5f5f5f606085870312156110ca575f5ffd5b84359350602085013563ffffffff811681146110e4575f5ffd5b9250604085013567ffffffffffffffff8111156110ff575f5ffd5b8501601f8101871361110f575f5ffd5b803567ffffffffffffffff811115611125575f5ffd5b876020828401011115611136575f5ffd5b949793965060200194505050565b5f5f5f5f5f60808688031215611158575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115611183575f5ffd5b61118f88828901610fe5565b969995985093965092949392505050565b73ffffffffffffffffffffffffffffffffffffffff8516815263ffffffff8416602082015260606040820152816060820152818360808301375f818301608090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f85851115611251575f5ffd5b8386111561125d575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff00000000000000000000000081169060148410156112c9577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b509291505056",
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

// AnchorOf is a free data retrieval call binding the contract method 0x2f71a556.
//
// Solidity: function anchorOf(bytes32 recordId, bytes32 contentHash) view returns(address custodian, uint48 anchoredAt)
func (_RecordAnchor *RecordAnchorCaller) AnchorOf(opts *bind.CallOpts, recordId [32]byte, contentHash [32]byte) (struct {
	Custodian  common.Address
	AnchoredAt *big.Int
}, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "anchorOf", recordId, contentHash)

	outstruct := new(struct {
		Custodian  common.Address
		AnchoredAt *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Custodian = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.AnchoredAt = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// AnchorOf is a free data retrieval call binding the contract method 0x2f71a556.
//
// Solidity: function anchorOf(bytes32 recordId, bytes32 contentHash) view returns(address custodian, uint48 anchoredAt)
func (_RecordAnchor *RecordAnchorSession) AnchorOf(recordId [32]byte, contentHash [32]byte) (struct {
	Custodian  common.Address
	AnchoredAt *big.Int
}, error) {
	return _RecordAnchor.Contract.AnchorOf(&_RecordAnchor.CallOpts, recordId, contentHash)
}

// AnchorOf is a free data retrieval call binding the contract method 0x2f71a556.
//
// Solidity: function anchorOf(bytes32 recordId, bytes32 contentHash) view returns(address custodian, uint48 anchoredAt)
func (_RecordAnchor *RecordAnchorCallerSession) AnchorOf(recordId [32]byte, contentHash [32]byte) (struct {
	Custodian  common.Address
	AnchoredAt *big.Int
}, error) {
	return _RecordAnchor.Contract.AnchorOf(&_RecordAnchor.CallOpts, recordId, contentHash)
}

// Batch is a free data retrieval call binding the contract method 0xfddaa065.
//
// Solidity: function batch(bytes32 root) view returns(address custodian, uint48 anchoredAt, uint32 leafCount)
func (_RecordAnchor *RecordAnchorCaller) Batch(opts *bind.CallOpts, root [32]byte) (struct {
	Custodian  common.Address
	AnchoredAt *big.Int
	LeafCount  uint32
}, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "batch", root)

	outstruct := new(struct {
		Custodian  common.Address
		AnchoredAt *big.Int
		LeafCount  uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Custodian = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.AnchoredAt = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.LeafCount = *abi.ConvertType(out[2], new(uint32)).(*uint32)

	return *outstruct, err

}

// Batch is a free data retrieval call binding the contract method 0xfddaa065.
//
// Solidity: function batch(bytes32 root) view returns(address custodian, uint48 anchoredAt, uint32 leafCount)
func (_RecordAnchor *RecordAnchorSession) Batch(root [32]byte) (struct {
	Custodian  common.Address
	AnchoredAt *big.Int
	LeafCount  uint32
}, error) {
	return _RecordAnchor.Contract.Batch(&_RecordAnchor.CallOpts, root)
}

// Batch is a free data retrieval call binding the contract method 0xfddaa065.
//
// Solidity: function batch(bytes32 root) view returns(address custodian, uint48 anchoredAt, uint32 leafCount)
func (_RecordAnchor *RecordAnchorCallerSession) Batch(root [32]byte) (struct {
	Custodian  common.Address
	AnchoredAt *big.Int
	LeafCount  uint32
}, error) {
	return _RecordAnchor.Contract.Batch(&_RecordAnchor.CallOpts, root)
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

// Verify is a free data retrieval call binding the contract method 0x3423e548.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorCaller) Verify(opts *bind.CallOpts, root [32]byte, leaf [32]byte, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "verify", root, leaf, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0x3423e548.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorSession) Verify(root [32]byte, leaf [32]byte, proof [][32]byte) (bool, error) {
	return _RecordAnchor.Contract.Verify(&_RecordAnchor.CallOpts, root, leaf, proof)
}

// Verify is a free data retrieval call binding the contract method 0x3423e548.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorCallerSession) Verify(root [32]byte, leaf [32]byte, proof [][32]byte) (bool, error) {
	return _RecordAnchor.Contract.Verify(&_RecordAnchor.CallOpts, root, leaf, proof)
}

// VerifyRecord is a free data retrieval call binding the contract method 0xfd75ff29.
//
// Solidity: function verifyRecord(bytes32 recordId, bytes32 contentHash, bytes32 root, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorCaller) VerifyRecord(opts *bind.CallOpts, recordId [32]byte, contentHash [32]byte, root [32]byte, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _RecordAnchor.contract.Call(opts, &out, "verifyRecord", recordId, contentHash, root, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyRecord is a free data retrieval call binding the contract method 0xfd75ff29.
//
// Solidity: function verifyRecord(bytes32 recordId, bytes32 contentHash, bytes32 root, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorSession) VerifyRecord(recordId [32]byte, contentHash [32]byte, root [32]byte, proof [][32]byte) (bool, error) {
	return _RecordAnchor.Contract.VerifyRecord(&_RecordAnchor.CallOpts, recordId, contentHash, root, proof)
}

// VerifyRecord is a free data retrieval call binding the contract method 0xfd75ff29.
//
// Solidity: function verifyRecord(bytes32 recordId, bytes32 contentHash, bytes32 root, bytes32[] proof) view returns(bool)
func (_RecordAnchor *RecordAnchorCallerSession) VerifyRecord(recordId [32]byte, contentHash [32]byte, root [32]byte, proof [][32]byte) (bool, error) {
	return _RecordAnchor.Contract.VerifyRecord(&_RecordAnchor.CallOpts, recordId, contentHash, root, proof)
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
