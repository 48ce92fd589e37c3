; Inno Setup 6 script for the PyInstaller one-folder bundle (dist\logistics-desktop). On Windows, from the checkout:
;   uv run --with "pyinstaller>=6.10,<7" pyinstaller packaging\logistics-desktop.spec
;   iscc packaging\windows-installer.iss            (makes dist\logistics-desktop-setup-<version>.exe)
; Installs for the current user without administrator rights; "for all users" is offered in the first dialog (and
; /ALLUSERS on the command line). The user's data (%LOCALAPPDATA%\logistics-desktop: the data file, settings, backups) is
; never in {app}: an upgrade replaces the program only, and the program migrates the file on first start (with a backup).
; tests/test_layers_and_packaging.py checks this script on Linux: the version, and every file it names.

#define AppVersion "0.1.0"
#define BundleDir "..\dist\logistics-desktop"

[Setup]
; the same AppId in every version: a new installer upgrades the old one in place
AppId={{6F1D2C9A-4B7E-4C1F-9E0B-3A5D8C2E7F41}
AppName=校园后勤台账
AppVersion={#AppVersion}
AppVerName=校园后勤台账 {#AppVersion}
AppPublisher=logistics-desktop
DefaultDirName={autopf}\LogisticsDesktop
DefaultGroupName=校园后勤台账
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
UsePreviousPrivileges=yes
OutputDir=..\dist
OutputBaseFilename=logistics-desktop-setup-{#AppVersion}
SetupIconFile=..\resources\icons\logistics-desktop.ico
UninstallDisplayIcon={app}\logistics-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
; ChineseSimplified.isl is in the Languages folder of Inno Setup 6.3 and later
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DesktopIcon=在桌面创建快捷方式
english.DesktopIcon=Create a desktop shortcut
chinesesimplified.RunNow=运行 校园后勤台账
english.RunNow=Run Campus Logistics Ledger
chinesesimplified.RemoveData=是否同时删除本机的数据文件、设置和备份？%n%n%1%n%n选“否”则保留（以后重新安装可继续使用）。删除后无法恢复。
english.RemoveData=Also delete the data file, settings and backups on this computer?%n%n%1%n%nChoose No to keep them (a later installation goes on with them). Deleted data cannot be recovered.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"

[Files]
Source: "{#BundleDir}\logistics-desktop.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\logistics-desktop-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; an upgrade starts from a clean program folder (files a newer version no longer has would otherwise linger)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\校园后勤台账"; Filename: "{app}\logistics-desktop.exe"
Name: "{autodesktop}\校园后勤台账"; Filename: "{app}\logistics-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\logistics-desktop.exe"; Description: "{cm:RunNow}"; Flags: nowait postinstall skipifsilent

[Code]
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\logistics-desktop');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  // the data is kept unless the user says otherwise (No is the default; a silent uninstall keeps it)
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and not UninstallSilent() then
    if SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir()]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
      DelTree(DataDir(), True, True, True);
end;
