#!/bin/sh
# Install the one-folder bundle for the current user on Linux: the program in ~/.local/opt/logistics-desktop, a
# launcher in the applications menu and its icons (16–256 px). Run from the checkout after building the bundle:
#   sh packaging/install-linux.sh [dist/logistics-desktop]
# The user's data (~/.local/share/logistics-desktop) is not touched; running it again upgrades the program.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bundle=${1:-"$here/dist/logistics-desktop"}
[ -x "$bundle/logistics-desktop" ] || { echo "没有找到程序包：$bundle（先用 pyinstaller 构建）" >&2; exit 1; }
target="$HOME/.local/opt/logistics-desktop"
rm -rf "$target"
mkdir -p "$target" "$HOME/.local/share/applications" "$HOME/.local/bin"
cp -R "$bundle/." "$target/"
ln -sf "$target/logistics-desktop-cli" "$HOME/.local/bin/logistics-desktop-cli"
for size in 16 24 32 48 64 128 256; do
  dir="$HOME/.local/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$here/resources/icons/logistics-desktop-$size.png" "$dir/logistics-desktop.png"
done
sed "s|^Exec=.*|Exec=$target/logistics-desktop|" "$here/packaging/logistics-desktop.desktop" > "$HOME/.local/share/applications/logistics-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$HOME/.local/share/applications" || true
echo "已安装到 $target；应用程序菜单中有“校园后勤台账”，命令行为 logistics-desktop-cli"
