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

// DataAccessRequest is an auto generated low-level Go binding around an user-defined struct.
type DataAccessRequest struct {
	Requester   common.Address
	Purpose     uint8
	RequestedAt *big.Int
	ApprovedAt  *big.Int
	Measure     [32]byte
	PeriodStart *big.Int
	PeriodEnd   *big.Int
	Releases    uint32
}

// DataAccessMetaData contains all meta data concerning the DataAccess contract.
var DataAccessMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"trustedForwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"membership_\",\"type\":\"address\",\"internalType\":\"contractMembership\"},{\"name\":\"releasers\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HRESCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_POPHLTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RELEASER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isApproved\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"membership\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractMembership\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recordRelease\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"releaseHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"measure\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"purpose\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"periodStart\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"periodEnd\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"requestOf\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structDataAccess.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purpose\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"requestedAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"approvedAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"measure\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"periodStart\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"periodEnd\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"releases\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AccessApproved\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AccessRequested\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"measure\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"purpose\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"periodStart\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"periodEnd\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DataReleased\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"releaseHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"release\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyApproved\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidPurpose\",\"inputs\":[{\"name\":\"purpose\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidRelease\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidRequest\",\"inputs\":[{\"name\":\"measure\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"periodStart\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"periodEnd\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"NotApproved\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotMember\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161183538038061183583398101604081905261002e91610211565b6001600160a01b03808516608052821660a05261004b5f846100b3565b505f5b81518110156100a9576100a07f88f3509f0e42391f2d94ebfb2a37cbd0782b1b8f73715330017f4663290b811783838151811061008d5761008d610315565b60200260200101516100b360201b60201c565b5060010161004e565b5050505050610388565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610154575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561010c61015d565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610157565b505f5b92915050565b5f61016661016b565b905090565b5f3660148082108015906101835750610183336101b1565b156101a95761019636828403815f610329565b61019f91610350565b60601c9250505090565b339250505090565b5f6101bb60805190565b6001600160a01b0316826001600160a01b0316149050919050565b6001600160a01b03811681146101ea575f5ffd5b50565b80516101f8816101d6565b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610224575f5ffd5b845161022f816101d6565b6020860151909450610240816101d6565b6040860151909350610251816101d6565b60608601519092506001600160401b0381111561026c575f5ffd5b8501601f8101871361027c575f5ffd5b80516001600160401b03811115610295576102956101fd565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102c3576102c36101fd565b60405291825260208184018101929081018a8411156102e0575f5ffd5b6020850194505b83851015610306576102f8856101ed565b8152602094850194016102e7565b50969995985093965050505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115610337575f5ffd5b83861115610343575f5ffd5b5050820193919092039150565b80356001600160601b03198116906014841015610381576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a0516114706103c55f395f818161042a0152818161059e0152610c5001525f81816103340152818161039601526110d701526114705ff3fe608060405234801561000f575f5ffd5b5060043610610149575f3560e01c80635badbe4c116100c7578063ac28af241161007d578063be7fd32911610063578063be7fd32914610486578063d547741f14610499578063ddbc4782146104ac575f5ffd5b8063ac28af241461044c578063b759f95414610473575f5ffd5b806391d14854116100ad57806391d14854146103db578063a217fddf1461041e578063a2bf68b914610425575f5ffd5b80635badbe4c1461038b5780637da0a87714610394575f5ffd5b8063324e03be1161011c57806356c316371161010257806356c3163714610311578063572b6c05146103245780635b6897cc14610371575f5ffd5b8063324e03be146101cd57806336568abe146102fe575f5ffd5b806301ffc9a71461014d5780630527a83314610175578063248a9ca3146101965780632f2ff15d146101b8575b5f5ffd5b61016061015b36600461113d565b6104b4565b60405190151581526020015b60405180910390f35b610188610183366004611198565b61054c565b60405190815260200161016c565b6101886101a43660046111e9565b5f9081526020819052604090206001015490565b6101cb6101c6366004611223565b610979565b005b6102f16101db3660046111e9565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152505f90815260026020818152604092839020835161010081018552815473ffffffffffffffffffffffffffffffffffffffff8116825260ff740100000000000000000000000000000000000000008204169382019390935265ffffffffffff750100000000000000000000000000000000000000000090930483169481019490945260018101548216606085015291820154608084015260039091015480821660a08401526601000000000000810490911660c083015263ffffffff6c010000000000000000000000009091041660e082015290565b60405161016c919061124d565b6101cb61030c366004611223565b6109a3565b61016061031f366004611223565b610a1e565b610160610332366004611304565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff90811691161490565b610379600b81565b60405160ff909116815260200161016c565b61018860015481565b7f00000000000000000000000000000000000000000000000000000000000000005b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161016c565b6101606103e9366004611223565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6101885f81565b6103b67f000000000000000000000000000000000000000000000000000000000000000081565b6101887f88f3509f0e42391f2d94ebfb2a37cbd0782b1b8f73715330017f4663290b811781565b6101cb6104813660046111e9565b610a67565b6101cb61049436600461131d565b610b43565b6101cb6104a7366004611223565b610dae565b610379600381565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061054657507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f5f610556610dd2565b6040517fa230c52400000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff80831660048301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063a230c52490602401602060405180830381865afa1580156105e5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610609919061133d565b61065c576040517f16d6142c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024015b60405180910390fd5b60ff8516600314801590610674575060ff8516600b14155b156106b0576040517f525aca8800000000000000000000000000000000000000000000000000000000815260ff86166004820152602401610653565b8515806106cd57508365ffffffffffff168365ffffffffffff1611155b1561071d576040517f4e18b8830000000000000000000000000000000000000000000000000000000081526004810187905265ffffffffffff808616602483015284166044820152606401610653565b60015f815461072b90611389565b91905081905591506040518061010001604052808273ffffffffffffffffffffffffffffffffffffffff1681526020018660ff1681526020014265ffffffffffff1681526020015f65ffffffffffff1681526020018781526020018565ffffffffffff1681526020018465ffffffffffff1681526020015f63ffffffff1681525060025f8481526020019081526020015f205f820151815f015f6101000a81548173ffffffffffffffffffffffffffffffffffffffff021916908373ffffffffffffffffffffffffffffffffffffffff1602179055506020820151815f0160146101000a81548160ff021916908360ff1602179055506040820151815f0160156101000a81548165ffffffffffff021916908365ffffffffffff1602179055506060820151816001015f6101000a81548165ffffffffffff021916908365ffffffffffff1602179055506080820151816002015560a0820151816003015f6101000a81548165ffffffffffff021916908365ffffffffffff16021790555060c08201518160030160066101000a81548165ffffffffffff021916908365ffffffffffff16021790555060e082015181600301600c6101000a81548163ffffffff021916908363ffffffff160217905550905050858173ffffffffffffffffffffffffffffffffffffffff16837fb53e7dbc3e017c6d45d04828951a6226e15b1c7a9e790b9b969405262aea229e8888886040516109689392919060ff93909316835265ffffffffffff918216602084015216604082015260600190565b60405180910390a450949350505050565b5f8281526020819052604090206001015461099381610de0565b61099d8383610def565b50505050565b6109ab610dd2565b73ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610a0f576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a198282610ee9565b505050565b5f828152600260205260408120600181015465ffffffffffff1615801590610a5f5750805473ffffffffffffffffffffffffffffffffffffffff8481169116145b949350505050565b5f610a7181610de0565b5f610a7b83610fda565b600181015490915065ffffffffffff1615610ac5576040517fbc6974e100000000000000000000000000000000000000000000000000000000815260048101849052602401610653565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffff000000000000164265ffffffffffff16179055805460405173ffffffffffffffffffffffffffffffffffffffff9091169084907f348bddf88e5272c971b1f9d7f1b5202231c0a6c47c5b4bd72e317c5445167092905f90a3505050565b610b747f88f3509f0e42391f2d94ebfb2a37cbd0782b1b8f73715330017f4663290b8117610b6f610dd2565b61103d565b5f610b7e83610fda565b600181015490915065ffffffffffff165f03610bc9576040517f676e2fd400000000000000000000000000000000000000000000000000000000815260048101849052602401610653565b5f829003610c06576040517f02990f1c00000000000000000000000000000000000000000000000000000000815260048101849052602401610653565b80546040517fa230c52400000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff91821660048201819052917f0000000000000000000000000000000000000000000000000000000000000000169063a230c52490602401602060405180830381865afa158015610c95573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cb9919061133d565b610d07576040517f16d6142c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610653565b5f82600301600c81819054906101000a900463ffffffff16610d28906113c0565b91906101000a81548163ffffffff021916908363ffffffff160217905590508173ffffffffffffffffffffffffffffffffffffffff16857f72f8326b6d143887ac3c5770d65e111beae0fe9f158e30662b090d0f1c7bdca58684604051610d9f92919091825263ffffffff16602082015260400190565b60405180910390a35050505050565b5f82815260208190526040902060010154610dc881610de0565b61099d8383610ee9565b5f610ddb6110c6565b905090565b610dec81610b6f610dd2565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610ee2575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610e80610dd2565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610546565b505f610546565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610ee2575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055610f78610dd2565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610546565b5f818152600260205260409020805473ffffffffffffffffffffffffffffffffffffffff16611038576040517f1f79bbe700000000000000000000000000000000000000000000000000000000815260048101839052602401610653565b919050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166110c2576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610653565b5050565b5f36601480821080159061110f57507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1633145b156111355761112236828403815f6113e4565b61112b9161140b565b60601c9250505090565b339250505090565b5f6020828403121561114d575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461117c575f5ffd5b9392505050565b803565ffffffffffff81168114611038575f5ffd5b5f5f5f5f608085870312156111ab575f5ffd5b84359350602085013560ff811681146111c2575f5ffd5b92506111d060408601611183565b91506111de60608601611183565b905092959194509250565b5f602082840312156111f9575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611038575f5ffd5b5f5f60408385031215611234575f5ffd5b8235915061124460208401611200565b90509250929050565b5f6101008201905073ffffffffffffffffffffffffffffffffffffffff835116825260ff602084015116602083015265ffffffffffff604084015116604083015260608301516112a7606084018265ffffffffffff169052565b506080830151608083015260a08301516112cb60a084018265ffffffffffff169052565b5060c08301516112e560c084018265ffffffffffff169052565b5060e08301516112fd60e084018263ffffffff169052565b5092915050565b5f60208284031215611314575f5ffd5b61117c82611200565b5f5f6040838503121561132e575f5ffd5b50508035926020909101359150565b5f6020828403121561134d575f5ffd5b8151801515811461117c575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036113b9576113b961135c565b5060010190565b5f63ffffffff821663ffffffff81036113db576113db61135c565b60010192915050565b5f5f858511156113f2575f5ffd5b838611156113fe575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff00000000000000000000000081169060148410156112fd577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b8216169150509291505056",
}

// DataAccessABI is the input ABI used to generate the binding from.
// Deprecated: Use DataAccessMetaData.ABI instead.
var DataAccessABI = DataAccessMetaData.ABI

// DataAccessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DataAccessMetaData.Bin instead.
var DataAccessBin = DataAccessMetaData.Bin

// DeployDataAccess deploys a new Ethereum contract, binding an instance of DataAccess to it.
func DeployDataAccess(auth *bind.TransactOpts, backend bind.ContractBackend, trustedForwarder common.Address, admin common.Address, membership_ common.Address, releasers []common.Address) (common.Address, *types.Transaction, *DataAccess, error) {
	parsed, err := DataAccessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DataAccessBin), backend, trustedForwarder, admin, membership_, releasers)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DataAccess{DataAccessCaller: DataAccessCaller{contract: contract}, DataAccessTransactor: DataAccessTransactor{contract: contract}, DataAccessFilterer: DataAccessFilterer{contract: contract}}, nil
}

// DataAccess is an auto generated Go binding around an Ethereum contract.
type DataAccess struct {
	DataAccessCaller     // Read-only binding to the contract
	DataAccessTransactor // Write-only binding to the contract
	DataAccessFilterer   // Log filterer for contract events
}

// DataAccessCaller is an auto generated read-only Go binding around an Ethereum contract.
type DataAccessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DataAccessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DataAccessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DataAccessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DataAccessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DataAccessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DataAccessSession struct {
	Contract     *DataAccess       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DataAccessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DataAccessCallerSession struct {
	Contract *DataAccessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// DataAccessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DataAccessTransactorSession struct {
	Contract     *DataAccessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// DataAccessRaw is an auto generated low-level Go binding around an Ethereum contract.
type DataAccessRaw struct {
	Contract *DataAccess // Generic contract binding to access the raw methods on
}

// DataAccessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DataAccessCallerRaw struct {
	Contract *DataAccessCaller // Generic read-only contract binding to access the raw methods on
}

// DataAccessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DataAccessTransactorRaw struct {
	Contract *DataAccessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDataAccess creates a new instance of DataAccess, bound to a specific deployed contract.
func NewDataAccess(address common.Address, backend bind.ContractBackend) (*DataAccess, error) {
	contract, err := bindDataAccess(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DataAccess{DataAccessCaller: DataAccessCaller{contract: contract}, DataAccessTransactor: DataAccessTransactor{contract: contract}, DataAccessFilterer: DataAccessFilterer{contract: contract}}, nil
}

// NewDataAccessCaller creates a new read-only instance of DataAccess, bound to a specific deployed contract.
func NewDataAccessCaller(address common.Address, caller bind.ContractCaller) (*DataAccessCaller, error) {
	contract, err := bindDataAccess(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DataAccessCaller{contract: contract}, nil
}

// NewDataAccessTransactor creates a new write-only instance of DataAccess, bound to a specific deployed contract.
func NewDataAccessTransactor(address common.Address, transactor bind.ContractTransactor) (*DataAccessTransactor, error) {
	contract, err := bindDataAccess(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DataAccessTransactor{contract: contract}, nil
}

// NewDataAccessFilterer creates a new log filterer instance of DataAccess, bound to a specific deployed contract.
func NewDataAccessFilterer(address common.Address, filterer bind.ContractFilterer) (*DataAccessFilterer, error) {
	contract, err := bindDataAccess(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DataAccessFilterer{contract: contract}, nil
}

// bindDataAccess binds a generic wrapper to an already deployed contract.
func bindDataAccess(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DataAccessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DataAccess *DataAccessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DataAccess.Contract.DataAccessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DataAccess *DataAccessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DataAccess.Contract.DataAccessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DataAccess *DataAccessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DataAccess.Contract.DataAccessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DataAccess *DataAccessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DataAccess.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DataAccess *DataAccessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DataAccess.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DataAccess *DataAccessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DataAccess.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DataAccess *DataAccessCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DataAccess *DataAccessSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _DataAccess.Contract.DEFAULTADMINROLE(&_DataAccess.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DataAccess *DataAccessCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _DataAccess.Contract.DEFAULTADMINROLE(&_DataAccess.CallOpts)
}

// PURPOSEHRESCH is a free data retrieval call binding the contract method 0xddbc4782.
//
// Solidity: function PURPOSE_HRESCH() view returns(uint8)
func (_DataAccess *DataAccessCaller) PURPOSEHRESCH(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "PURPOSE_HRESCH")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEHRESCH is a free data retrieval call binding the contract method 0xddbc4782.
//
// Solidity: function PURPOSE_HRESCH() view returns(uint8)
func (_DataAccess *DataAccessSession) PURPOSEHRESCH() (uint8, error) {
	return _DataAccess.Contract.PURPOSEHRESCH(&_DataAccess.CallOpts)
}

// PURPOSEHRESCH is a free data retrieval call binding the contract method 0xddbc4782.
//
// Solidity: function PURPOSE_HRESCH() view returns(uint8)
func (_DataAccess *DataAccessCallerSession) PURPOSEHRESCH() (uint8, error) {
	return _DataAccess.Contract.PURPOSEHRESCH(&_DataAccess.CallOpts)
}

// PURPOSEPOPHLTH is a free data retrieval call binding the contract method 0x5b6897cc.
//
// Solidity: function PURPOSE_POPHLTH() view returns(uint8)
func (_DataAccess *DataAccessCaller) PURPOSEPOPHLTH(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "PURPOSE_POPHLTH")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEPOPHLTH is a free data retrieval call binding the contract method 0x5b6897cc.
//
// Solidity: function PURPOSE_POPHLTH() view returns(uint8)
func (_DataAccess *DataAccessSession) PURPOSEPOPHLTH() (uint8, error) {
	return _DataAccess.Contract.PURPOSEPOPHLTH(&_DataAccess.CallOpts)
}

// PURPOSEPOPHLTH is a free data retrieval call binding the contract method 0x5b6897cc.
//
// Solidity: function PURPOSE_POPHLTH() view returns(uint8)
func (_DataAccess *DataAccessCallerSession) PURPOSEPOPHLTH() (uint8, error) {
	return _DataAccess.Contract.PURPOSEPOPHLTH(&_DataAccess.CallOpts)
}

// RELEASERROLE is a free data retrieval call binding the contract method 0xac28af24.
//
// Solidity: function RELEASER_ROLE() view returns(bytes32)
func (_DataAccess *DataAccessCaller) RELEASERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "RELEASER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RELEASERROLE is a free data retrieval call binding the contract method 0xac28af24.
//
// Solidity: function RELEASER_ROLE() view returns(bytes32)
func (_DataAccess *DataAccessSession) RELEASERROLE() ([32]byte, error) {
	return _DataAccess.Contract.RELEASERROLE(&_DataAccess.CallOpts)
}

// RELEASERROLE is a free data retrieval call binding the contract method 0xac28af24.
//
// Solidity: function RELEASER_ROLE() view returns(bytes32)
func (_DataAccess *DataAccessCallerSession) RELEASERROLE() ([32]byte, error) {
	return _DataAccess.Contract.RELEASERROLE(&_DataAccess.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DataAccess *DataAccessCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DataAccess *DataAccessSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _DataAccess.Contract.GetRoleAdmin(&_DataAccess.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DataAccess *DataAccessCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _DataAccess.Contract.GetRoleAdmin(&_DataAccess.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DataAccess *DataAccessCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DataAccess *DataAccessSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _DataAccess.Contract.HasRole(&_DataAccess.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DataAccess *DataAccessCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _DataAccess.Contract.HasRole(&_DataAccess.CallOpts, role, account)
}

// IsApproved is a free data retrieval call binding the contract method 0x56c31637.
//
// Solidity: function isApproved(uint256 requestId, address account) view returns(bool)
func (_DataAccess *DataAccessCaller) IsApproved(opts *bind.CallOpts, requestId *big.Int, account common.Address) (bool, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "isApproved", requestId, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsApproved is a free data retrieval call binding the contract method 0x56c31637.
//
// Solidity: function isApproved(uint256 requestId, address account) view returns(bool)
func (_DataAccess *DataAccessSession) IsApproved(requestId *big.Int, account common.Address) (bool, error) {
	return _DataAccess.Contract.IsApproved(&_DataAccess.CallOpts, requestId, account)
}

// IsApproved is a free data retrieval call binding the contract method 0x56c31637.
//
// Solidity: function isApproved(uint256 requestId, address account) view returns(bool)
func (_DataAccess *DataAccessCallerSession) IsApproved(requestId *big.Int, account common.Address) (bool, error) {
	return _DataAccess.Contract.IsApproved(&_DataAccess.CallOpts, requestId, account)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_DataAccess *DataAccessCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_DataAccess *DataAccessSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _DataAccess.Contract.IsTrustedForwarder(&_DataAccess.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_DataAccess *DataAccessCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _DataAccess.Contract.IsTrustedForwarder(&_DataAccess.CallOpts, forwarder)
}

// Membership is a free data retrieval call binding the contract method 0xa2bf68b9.
//
// Solidity: function membership() view returns(address)
func (_DataAccess *DataAccessCaller) Membership(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "membership")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Membership is a free data retrieval call binding the contract method 0xa2bf68b9.
//
// Solidity: function membership() view returns(address)
func (_DataAccess *DataAccessSession) Membership() (common.Address, error) {
	return _DataAccess.Contract.Membership(&_DataAccess.CallOpts)
}

// Membership is a free data retrieval call binding the contract method 0xa2bf68b9.
//
// Solidity: function membership() view returns(address)
func (_DataAccess *DataAccessCallerSession) Membership() (common.Address, error) {
	return _DataAccess.Contract.Membership(&_DataAccess.CallOpts)
}

// RequestCount is a free data retrieval call binding the contract method 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (_DataAccess *DataAccessCaller) RequestCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "requestCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RequestCount is a free data retrieval call binding the contract method 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (_DataAccess *DataAccessSession) RequestCount() (*big.Int, error) {
	return _DataAccess.Contract.RequestCount(&_DataAccess.CallOpts)
}

// RequestCount is a free data retrieval call binding the contract method 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (_DataAccess *DataAccessCallerSession) RequestCount() (*big.Int, error) {
	return _DataAccess.Contract.RequestCount(&_DataAccess.CallOpts)
}

// RequestOf is a free data retrieval call binding the contract method 0x324e03be.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint8,uint48,uint48,bytes32,uint48,uint48,uint32))
func (_DataAccess *DataAccessCaller) RequestOf(opts *bind.CallOpts, requestId *big.Int) (DataAccessRequest, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "requestOf", requestId)

	if err != nil {
		return *new(DataAccessRequest), err
	}

	out0 := *abi.ConvertType(out[0], new(DataAccessRequest)).(*DataAccessRequest)

	return out0, err

}

// RequestOf is a free data retrieval call binding the contract method 0x324e03be.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint8,uint48,uint48,bytes32,uint48,uint48,uint32))
func (_DataAccess *DataAccessSession) RequestOf(requestId *big.Int) (DataAccessRequest, error) {
	return _DataAccess.Contract.RequestOf(&_DataAccess.CallOpts, requestId)
}

// RequestOf is a free data retrieval call binding the contract method 0x324e03be.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint8,uint48,uint48,bytes32,uint48,uint48,uint32))
func (_DataAccess *DataAccessCallerSession) RequestOf(requestId *big.Int) (DataAccessRequest, error) {
	return _DataAccess.Contract.RequestOf(&_DataAccess.CallOpts, requestId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DataAccess *DataAccessCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DataAccess *DataAccessSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _DataAccess.Contract.SupportsInterface(&_DataAccess.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DataAccess *DataAccessCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _DataAccess.Contract.SupportsInterface(&_DataAccess.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_DataAccess *DataAccessCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DataAccess.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_DataAccess *DataAccessSession) TrustedForwarder() (common.Address, error) {
	return _DataAccess.Contract.TrustedForwarder(&_DataAccess.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_DataAccess *DataAccessCallerSession) TrustedForwarder() (common.Address, error) {
	return _DataAccess.Contract.TrustedForwarder(&_DataAccess.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0xb759f954.
//
// Solidity: function approve(uint256 requestId) returns()
func (_DataAccess *DataAccessTransactor) Approve(opts *bind.TransactOpts, requestId *big.Int) (*types.Transaction, error) {
	return _DataAccess.contract.Transact(opts, "approve", requestId)
}

// Approve is a paid mutator transaction binding the contract method 0xb759f954.
//
// Solidity: function approve(uint256 requestId) returns()
func (_DataAccess *DataAccessSession) Approve(requestId *big.Int) (*types.Transaction, error) {
	return _DataAccess.Contract.Approve(&_DataAccess.TransactOpts, requestId)
}

// Approve is a paid mutator transaction binding the contract method 0xb759f954.
//
// Solidity: function approve(uint256 requestId) returns()
func (_DataAccess *DataAccessTransactorSession) Approve(requestId *big.Int) (*types.Transaction, error) {
	return _DataAccess.Contract.Approve(&_DataAccess.TransactOpts, requestId)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DataAccess *DataAccessTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DataAccess.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DataAccess *DataAccessSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DataAccess.Contract.GrantRole(&_DataAccess.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DataAccess *DataAccessTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DataAccess.Contract.GrantRole(&_DataAccess.TransactOpts, role, account)
}

// RecordRelease is a paid mutator transaction binding the contract method 0xbe7fd329.
//
// Solidity: function recordRelease(uint256 requestId, bytes32 releaseHash) returns()
func (_DataAccess *DataAccessTransactor) RecordRelease(opts *bind.TransactOpts, requestId *big.Int, releaseHash [32]byte) (*types.Transaction, error) {
	return _DataAccess.contract.Transact(opts, "recordRelease", requestId, releaseHash)
}

// RecordRelease is a paid mutator transaction binding the contract method 0xbe7fd329.
//
// Solidity: function recordRelease(uint256 requestId, bytes32 releaseHash) returns()
func (_DataAccess *DataAccessSession) RecordRelease(requestId *big.Int, releaseHash [32]byte) (*types.Transaction, error) {
	return _DataAccess.Contract.RecordRelease(&_DataAccess.TransactOpts, requestId, releaseHash)
}

// RecordRelease is a paid mutator transaction binding the contract method 0xbe7fd329.
//
// Solidity: function recordRelease(uint256 requestId, bytes32 releaseHash) returns()
func (_DataAccess *DataAccessTransactorSession) RecordRelease(requestId *big.Int, releaseHash [32]byte) (*types.Transaction, error) {
	return _DataAccess.Contract.RecordRelease(&_DataAccess.TransactOpts, requestId, releaseHash)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DataAccess *DataAccessTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DataAccess.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DataAccess *DataAccessSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DataAccess.Contract.RenounceRole(&_DataAccess.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DataAccess *DataAccessTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DataAccess.Contract.RenounceRole(&_DataAccess.TransactOpts, role, callerConfirmation)
}

// Request is a paid mutator transaction binding the contract method 0x0527a833.
//
// Solidity: function request(bytes32 measure, uint8 purpose, uint48 periodStart, uint48 periodEnd) returns(uint256 requestId)
func (_DataAccess *DataAccessTransactor) Request(opts *bind.TransactOpts, measure [32]byte, purpose uint8, periodStart *big.Int, periodEnd *big.Int) (*types.Transaction, error) {
	return _DataAccess.contract.Transact(opts, "request", measure, purpose, periodStart, periodEnd)
}

// Request is a paid mutator transaction binding the contract method 0x0527a833.
//
// Solidity: function request(bytes32 measure, uint8 purpose, uint48 periodStart, uint48 periodEnd) returns(uint256 requestId)
func (_DataAccess *DataAccessSession) Request(measure [32]byte, purpose uint8, periodStart *big.Int, periodEnd *big.Int) (*types.Transaction, error) {
	return _DataAccess.Contract.Request(&_DataAccess.TransactOpts, measure, purpose, periodStart, periodEnd)
}

// Request is a paid mutator transaction binding the contract method 0x0527a833.
//
// Solidity: function request(bytes32 measure, uint8 purpose, uint48 periodStart, uint48 periodEnd) returns(uint256 requestId)
func (_DataAccess *DataAccessTransactorSession) Request(measure [32]byte, purpose uint8, periodStart *big.Int, periodEnd *big.Int) (*types.Transaction, error) {
	return _DataAccess.Contract.Request(&_DataAccess.TransactOpts, measure, purpose, periodStart, periodEnd)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DataAccess *DataAccessTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DataAccess.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DataAccess *DataAccessSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DataAccess.Contract.RevokeRole(&_DataAccess.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DataAccess *DataAccessTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DataAccess.Contract.RevokeRole(&_DataAccess.TransactOpts, role, account)
}

// DataAccessAccessApprovedIterator is returned from FilterAccessApproved and is used to iterate over the raw logs and unpacked data for AccessApproved events raised by the DataAccess contract.
type DataAccessAccessApprovedIterator struct {
	Event *DataAccessAccessApproved // Event containing the contract specifics and raw log

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
func (it *DataAccessAccessApprovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataAccessAccessApproved)
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
		it.Event = new(DataAccessAccessApproved)
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
func (it *DataAccessAccessApprovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataAccessAccessApprovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataAccessAccessApproved represents a AccessApproved event raised by the DataAccess contract.
type DataAccessAccessApproved struct {
	RequestId *big.Int
	Requester common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterAccessApproved is a free log retrieval operation binding the contract event 0x348bddf88e5272c971b1f9d7f1b5202231c0a6c47c5b4bd72e317c5445167092.
//
// Solidity: event AccessApproved(uint256 indexed requestId, address indexed requester)
func (_DataAccess *DataAccessFilterer) FilterAccessApproved(opts *bind.FilterOpts, requestId []*big.Int, requester []common.Address) (*DataAccessAccessApprovedIterator, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _DataAccess.contract.FilterLogs(opts, "AccessApproved", requestIdRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return &DataAccessAccessApprovedIterator{contract: _DataAccess.contract, event: "AccessApproved", logs: logs, sub: sub}, nil
}

// WatchAccessApproved is a free log subscription operation binding the contract event 0x348bddf88e5272c971b1f9d7f1b5202231c0a6c47c5b4bd72e317c5445167092.
//
// Solidity: event AccessApproved(uint256 indexed requestId, address indexed requester)
func (_DataAccess *DataAccessFilterer) WatchAccessApproved(opts *bind.WatchOpts, sink chan<- *DataAccessAccessApproved, requestId []*big.Int, requester []common.Address) (event.Subscription, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _DataAccess.contract.WatchLogs(opts, "AccessApproved", requestIdRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataAccessAccessApproved)
				if err := _DataAccess.contract.UnpackLog(event, "AccessApproved", log); err != nil {
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

// ParseAccessApproved is a log parse operation binding the contract event 0x348bddf88e5272c971b1f9d7f1b5202231c0a6c47c5b4bd72e317c5445167092.
//
// Solidity: event AccessApproved(uint256 indexed requestId, address indexed requester)
func (_DataAccess *DataAccessFilterer) ParseAccessApproved(log types.Log) (*DataAccessAccessApproved, error) {
	event := new(DataAccessAccessApproved)
	if err := _DataAccess.contract.UnpackLog(event, "AccessApproved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataAccessAccessRequestedIterator is returned from FilterAccessRequested and is used to iterate over the raw logs and unpacked data for AccessRequested events raised by the DataAccess contract.
type DataAccessAccessRequestedIterator struct {
	Event *DataAccessAccessRequested // Event containing the contract specifics and raw log

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
func (it *DataAccessAccessRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataAccessAccessRequested)
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
		it.Event = new(DataAccessAccessRequested)
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
func (it *DataAccessAccessRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataAccessAccessRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataAccessAccessRequested represents a AccessRequested event raised by the DataAccess contract.
type DataAccessAccessRequested struct {
	RequestId   *big.Int
	Requester   common.Address
	Measure     [32]byte
	Purpose     uint8
	PeriodStart *big.Int
	PeriodEnd   *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterAccessRequested is a free log retrieval operation binding the contract event 0xb53e7dbc3e017c6d45d04828951a6226e15b1c7a9e790b9b969405262aea229e.
//
// Solidity: event AccessRequested(uint256 indexed requestId, address indexed requester, bytes32 indexed measure, uint8 purpose, uint48 periodStart, uint48 periodEnd)
func (_DataAccess *DataAccessFilterer) FilterAccessRequested(opts *bind.FilterOpts, requestId []*big.Int, requester []common.Address, measure [][32]byte) (*DataAccessAccessRequestedIterator, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}
	var measureRule []interface{}
	for _, measureItem := range measure {
		measureRule = append(measureRule, measureItem)
	}

	logs, sub, err := _DataAccess.contract.FilterLogs(opts, "AccessRequested", requestIdRule, requesterRule, measureRule)
	if err != nil {
		return nil, err
	}
	return &DataAccessAccessRequestedIterator{contract: _DataAccess.contract, event: "AccessRequested", logs: logs, sub: sub}, nil
}

// WatchAccessRequested is a free log subscription operation binding the contract event 0xb53e7dbc3e017c6d45d04828951a6226e15b1c7a9e790b9b969405262aea229e.
//
// Solidity: event AccessRequested(uint256 indexed requestId, address indexed requester, bytes32 indexed measure, uint8 purpose, uint48 periodStart, uint48 periodEnd)
func (_DataAccess *DataAccessFilterer) WatchAccessRequested(opts *bind.WatchOpts, sink chan<- *DataAccessAccessRequested, requestId []*big.Int, requester []common.Address, measure [][32]byte) (event.Subscription, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}
	var measureRule []interface{}
	for _, measureItem := range measure {
		measureRule = append(measureRule, measureItem)
	}

	logs, sub, err := _DataAccess.contract.WatchLogs(opts, "AccessRequested", requestIdRule, requesterRule, measureRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataAccessAccessRequested)
				if err := _DataAccess.contract.UnpackLog(event, "AccessRequested", log); err != nil {
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

// ParseAccessRequested is a log parse operation binding the contract event 0xb53e7dbc3e017c6d45d04828951a6226e15b1c7a9e790b9b969405262aea229e.
//
// Solidity: event AccessRequested(uint256 indexed requestId, address indexed requester, bytes32 indexed measure, uint8 purpose, uint48 periodStart, uint48 periodEnd)
func (_DataAccess *DataAccessFilterer) ParseAccessRequested(log types.Log) (*DataAccessAccessRequested, error) {
	event := new(DataAccessAccessRequested)
	if err := _DataAccess.contract.UnpackLog(event, "AccessRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataAccessDataReleasedIterator is returned from FilterDataReleased and is used to iterate over the raw logs and unpacked data for DataReleased events raised by the DataAccess contract.
type DataAccessDataReleasedIterator struct {
	Event *DataAccessDataReleased // Event containing the contract specifics and raw log

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
func (it *DataAccessDataReleasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataAccessDataReleased)
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
		it.Event = new(DataAccessDataReleased)
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
func (it *DataAccessDataReleasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataAccessDataReleasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataAccessDataReleased represents a DataReleased event raised by the DataAccess contract.
type DataAccessDataReleased struct {
	RequestId   *big.Int
	Recipient   common.Address
	ReleaseHash [32]byte
	Release     uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterDataReleased is a free log retrieval operation binding the contract event 0x72f8326b6d143887ac3c5770d65e111beae0fe9f158e30662b090d0f1c7bdca5.
//
// Solidity: event DataReleased(uint256 indexed requestId, address indexed recipient, bytes32 releaseHash, uint32 release)
func (_DataAccess *DataAccessFilterer) FilterDataReleased(opts *bind.FilterOpts, requestId []*big.Int, recipient []common.Address) (*DataAccessDataReleasedIterator, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _DataAccess.contract.FilterLogs(opts, "DataReleased", requestIdRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &DataAccessDataReleasedIterator{contract: _DataAccess.contract, event: "DataReleased", logs: logs, sub: sub}, nil
}

// WatchDataReleased is a free log subscription operation binding the contract event 0x72f8326b6d143887ac3c5770d65e111beae0fe9f158e30662b090d0f1c7bdca5.
//
// Solidity: event DataReleased(uint256 indexed requestId, address indexed recipient, bytes32 releaseHash, uint32 release)
func (_DataAccess *DataAccessFilterer) WatchDataReleased(opts *bind.WatchOpts, sink chan<- *DataAccessDataReleased, requestId []*big.Int, recipient []common.Address) (event.Subscription, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _DataAccess.contract.WatchLogs(opts, "DataReleased", requestIdRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataAccessDataReleased)
				if err := _DataAccess.contract.UnpackLog(event, "DataReleased", log); err != nil {
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

// ParseDataReleased is a log parse operation binding the contract event 0x72f8326b6d143887ac3c5770d65e111beae0fe9f158e30662b090d0f1c7bdca5.
//
// Solidity: event DataReleased(uint256 indexed requestId, address indexed recipient, bytes32 releaseHash, uint32 release)
func (_DataAccess *DataAccessFilterer) ParseDataReleased(log types.Log) (*DataAccessDataReleased, error) {
	event := new(DataAccessDataReleased)
	if err := _DataAccess.contract.UnpackLog(event, "DataReleased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataAccessRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the DataAccess contract.
type DataAccessRoleAdminChangedIterator struct {
	Event *DataAccessRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *DataAccessRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataAccessRoleAdminChanged)
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
		it.Event = new(DataAccessRoleAdminChanged)
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
func (it *DataAccessRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataAccessRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataAccessRoleAdminChanged represents a RoleAdminChanged event raised by the DataAccess contract.
type DataAccessRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_DataAccess *DataAccessFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*DataAccessRoleAdminChangedIterator, error) {

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

	logs, sub, err := _DataAccess.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &DataAccessRoleAdminChangedIterator{contract: _DataAccess.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_DataAccess *DataAccessFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *DataAccessRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _DataAccess.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataAccessRoleAdminChanged)
				if err := _DataAccess.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_DataAccess *DataAccessFilterer) ParseRoleAdminChanged(log types.Log) (*DataAccessRoleAdminChanged, error) {
	event := new(DataAccessRoleAdminChanged)
	if err := _DataAccess.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataAccessRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the DataAccess contract.
type DataAccessRoleGrantedIterator struct {
	Event *DataAccessRoleGranted // Event containing the contract specifics and raw log

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
func (it *DataAccessRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataAccessRoleGranted)
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
		it.Event = new(DataAccessRoleGranted)
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
func (it *DataAccessRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataAccessRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataAccessRoleGranted represents a RoleGranted event raised by the DataAccess contract.
type DataAccessRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_DataAccess *DataAccessFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*DataAccessRoleGrantedIterator, error) {

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

	logs, sub, err := _DataAccess.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &DataAccessRoleGrantedIterator{contract: _DataAccess.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_DataAccess *DataAccessFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *DataAccessRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _DataAccess.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataAccessRoleGranted)
				if err := _DataAccess.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_DataAccess *DataAccessFilterer) ParseRoleGranted(log types.Log) (*DataAccessRoleGranted, error) {
	event := new(DataAccessRoleGranted)
	if err := _DataAccess.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataAccessRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the DataAccess contract.
type DataAccessRoleRevokedIterator struct {
	Event *DataAccessRoleRevoked // Event containing the contract specifics and raw log

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
func (it *DataAccessRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataAccessRoleRevoked)
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
		it.Event = new(DataAccessRoleRevoked)
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
func (it *DataAccessRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataAccessRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataAccessRoleRevoked represents a RoleRevoked event raised by the DataAccess contract.
type DataAccessRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_DataAccess *DataAccessFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*DataAccessRoleRevokedIterator, error) {

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

	logs, sub, err := _DataAccess.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &DataAccessRoleRevokedIterator{contract: _DataAccess.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_DataAccess *DataAccessFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *DataAccessRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _DataAccess.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataAccessRoleRevoked)
				if err := _DataAccess.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_DataAccess *DataAccessFilterer) ParseRoleRevoked(log types.Log) (*DataAccessRoleRevoked, error) {
	event := new(DataAccessRoleRevoked)
	if err := _DataAccess.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
